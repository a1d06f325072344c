// Baseline build settings: the defaults of Taro's React template, nothing the real app adds (the stats plugin,
// switched on by the bench through tools/build.ts, only observes the build).
import { defineConfig } from '@tarojs/cli'

export default defineConfig<'webpack5'>({
  projectName: 'bench-empty',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: 'dist',
  plugins: process.env.WEBPACK_STATS_PLUGIN && process.env.WEBPACK_STATS_FILE
    ? [[process.env.WEBPACK_STATS_PLUGIN, { out: process.env.WEBPACK_STATS_FILE }]]
    : [],
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: false },
  mini: {}
})
