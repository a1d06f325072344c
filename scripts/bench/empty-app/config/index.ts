// Baseline build settings: the defaults of Taro's React template, nothing the real app adds.
import { defineConfig } from '@tarojs/cli'

export default defineConfig<'webpack5'>({
  projectName: 'bench-empty',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: 'dist',
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: false },
  mini: {}
})
