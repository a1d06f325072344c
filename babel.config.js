// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// The mini-program's JS runs on the phone's own engine: JavaScriptCore on iOS. Current WeChat still runs on iOS 12
// (the last system of the iPhone 5s and 6, phones older readers keep), whose engine cannot even parse optional
// chaining, `??` or class fields, so the mini-program's code is compiled down to what iOS 12 parses (about 7 KB of
// the main package). The rewrites Babel adds for iOS 12 only because of Safari bugs in tagged templates, default
// parameters and destructuring are left out: the code uses no tagged templates, and plain destructuring and defaults
// run correctly there (they cost a further 4 KB). The web build follows package.json's browserslist instead.
const MINI_PROGRAM_TARGETS = { ios: '12' }
const NOT_NEEDED_FOR_IOS_12 = ['transform-template-literals', 'transform-parameters', 'transform-destructuring']

module.exports = {
  presets: [
    ['taro', {
      framework: 'react',
      ts: true,
      compiler: 'webpack5',
      ...(process.env.TARO_ENV === 'weapp' ? { targets: MINI_PROGRAM_TARGETS, exclude: NOT_NEEDED_FOR_IOS_12 } : {})
    }]
  ]
}
