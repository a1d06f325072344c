import { existsSync, readdirSync } from 'fs'
import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { createSwcRegister } from '@tarojs/helper'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

const contentDir = path.resolve(__dirname, '../src/content')
const validatorDir = path.resolve(__dirname, '../tools/content')
/** The validator reads the schema, the findings' wording and the aid's parts (src/routes.ts) from src/. */
const sourceDir = path.resolve(__dirname, '../src')
const pagesDir = path.resolve(__dirname, '../src/pages')

/** Modules whose value, computed when the config loads, ships instead of their code (config/loaders/build-time-value.js). */
const BUILD_TIME_MODULES = [path.resolve(__dirname, '../src/content/homeGlossary.ts'), path.resolve(__dirname, '../src/content/titleNotes.ts'), path.resolve(__dirname, '../src/content/homeFacts.ts')]

/** Each build-time module with its exports; call while the compiler for src/ is registered. */
function evaluateBuildTimeModules(): { file: string; exports: Record<string, unknown> }[] {
  return BUILD_TIME_MODULES.map((file) => ({ file, exports: { ...(require(file) as Record<string, unknown>) } }))
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type WebpackChain = any

/**
 * `@/…` imports, resolved from tsconfig.json's paths; and the build-time modules replaced by their values, so that the
 * main package carries the home page's few terms and not the whole glossary they are taken from.
 */
function configureWebpack(buildTimeModules: ReturnType<typeof evaluateBuildTimeModules>) {
  return (chain: WebpackChain): void => {
    chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
    for (const { file, exports } of buildTimeModules) {
      chain.module.rule(`build-time-value:${path.basename(file)}`).test(file).enforce('pre')
        .use('build-time-value').loader(path.resolve(__dirname, 'loaders/build-time-value.js')).options({ exports })
    }
  }
}

/** Each page's own share image, e.g. pages/trial/share.png: it ships in that page's folder. */
function pageShareImages(): string[] {
  return readdirSync(pagesDir)
    .map((page) => `pages/${page}/share.png`)
    .filter((image) => existsSync(path.join(pagesDir, '..', image)))
}

/** The bench's module map (tools/webpack-stats-plugin.ts), only when tools/build.ts asks for it. */
function statsPlugins(): [string, { out: string }][] {
  const { WEBPACK_STATS_PLUGIN: plugin, WEBPACK_STATS_FILE: out } = process.env
  return plugin && out ? [[plugin, { out }]] : []
}

// https://docs.taro.zone/docs/next/config#defineconfig-辅助函数
export default defineConfig<'webpack5'>(async (merge) => {
  // A malformed content file must stop every build, saying in Chinese where it is and what to write instead.
  // CONTENT_DIR lets the tests point the check at a broken fixture.
  // Taro compiles only config/ on the fly, so register the same compiler for the validator and the schema first.
  createSwcRegister({ only: [(file: string) => file.startsWith(sourceDir) || file.startsWith(validatorDir)] })
  const { contentReport, validateContent } = require('../tools/content/validate') as typeof import('../tools/content/validate')
  const problems = validateContent(process.env.CONTENT_DIR ?? contentDir)
  if (problems.length > 0) {
    // Taro prints an error thrown here with its stack, then a wrong hint that config/index is missing: so the
    // report is printed here, alone, and the build ends.
    console.error(`${contentReport(problems)}\n构建已停止。`)
    process.exit(1)
  }
  const webpackChain = configureWebpack(evaluateBuildTimeModules())

  const outputRoot = process.env.TARO_OUTPUT_ROOT ?? (process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist')
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zibeike-hsct',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot,
    // WeChat's screen reader reads aria-* attributes only where the templates bind them; base.wxml (main package)
    // carries no template for a component no page uses.
    plugins: [path.resolve(__dirname, 'plugins/aria/index.ts'), path.resolve(__dirname, 'plugins/unused-templates/index.ts'), ...statsPlugins()],
    // The settings (TARO_APP_*) come from .env and .env.production: Taro inlines them into the bundle.
    defineConstants: {},
    copy: {
      // Share images and the sitemap are referenced by path, not imported, so they are copied as they are: the main
      // package's images to assets/share/, each page's own share.png into its folder (its subpackage, see app.config.ts).
      patterns: [
        { from: 'src/assets/share/', to: `${outputRoot}/assets/share/` },
        ...pageShareImages().map((image) => ({ from: `src/${image}`, to: `${outputRoot}/${image}` })),
        { from: 'src/sitemap.json', to: `${outputRoot}/sitemap.json` }
      ],
      options: {}
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: {
      enable: false
    },
    terser: {
      enable: true,
      config: {
        // Taro's defaults switch off most of terser's passes and write ES5. The bundle is ES2015 and later already
        // (Taro's runtime ships classes, babel compiles src/ for package.json's browserslist), so ES5 output reaches no
        // older phone and only costs bytes: terser may write ES2015, with each pass back at terser's own default.
        compress: {
          ecma: 2015,
          arrows: true,
          collapse_vars: true,
          comparisons: true,
          computed_props: true,
          directives: true,
          hoist_props: true,
          inline: true,
          loops: true,
          negate_iife: true,
          properties: true,
          reduce_funcs: true,
          reduce_vars: true,
          switches: true,
          typeofs: true
        },
        // ascii_only: false keeps Chinese as UTF-8: Taro's default escapes each character as \uXXXX (6 bytes
        // instead of 3), which would cost every package its content and labels twice over.
        output: { ecma: 2015, ascii_only: false }
      }
    },
    // Nesting levels of base.wxml's templates (Taro's default 16); the last one hands deeper nodes to Taro's comp
    // component, an extra component per subtree. Each level costs the main package about 3 KB. The deepest pages (the
    // explainer, a trial page: a copy button in a source of a correction) nest views 10 levels deep, so 12 leaves one
    // level spare: the decision aid (pages/decide) fits with an icon array (rows of icons) inside an option card in a
    // section, 10 levels like today's deepest, or 11 with one wrapper more. npm run bench prints each page's levels
    // and fails when a page spills over: then raise this by one per level needed.
    baseLevel: 12,
    mini: {
      // Modules that only subpackage pages use stay out of common.js (Taro's default, kept on deliberately):
      // they land in the subpackages that use them, copied into each one's sub-common/ when several share them.
      optimizeMainPackage: { enable: true },
      // Nothing sets innerHTML (all text is React children), so Taro's DOM need not offer it. This saves little: the
      // HTML parser behind it stays, because Taro's React renderer imports it for dangerouslySetInnerHTML.
      runtime: { enableInnerHTML: false },
      // Component styles are all class-scoped, so their order across chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: {
          enable: true,
          config: {}
        }
      },
      webpackChain
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: {
        mode: 'hash'
      },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css'
      },
      postcss: {
        autoprefixer: {
          enable: true,
          config: {}
        }
      },
      webpackChain
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
