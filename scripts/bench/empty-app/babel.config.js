// Same preset as the real app, so the baseline differs only in source.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]]
}
