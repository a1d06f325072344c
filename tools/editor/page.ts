// The editor's page: the forms on the left, the preview beside them (it reloads by itself after each good build),
// in large type with large buttons. The page itself is app.tsx, bundled at /edit/editor.js.
export const EDITOR_PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>内容编辑器 · 紫贝壳</title>
<style>
  body { margin: 0; font: 18px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1a1a1a; background: #fafafa; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 400px; gap: 16px; padding: 16px; }
  @media (max-width: 1000px) { .layout { grid-template-columns: minmax(0, 1fr); } .preview { display: none; } }
  h1 { font-size: 26px; margin: 0 0 8px; }
  nav { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
  button, input, select, textarea { font: inherit; }
  button { min-height: 48px; padding: 0 16px; border: 2px solid #5b2a86; border-radius: 8px; background: #fff; color: #5b2a86; cursor: pointer; }
  button[aria-current="true"], button[type="submit"] { background: #5b2a86; color: #fff; }
  button:disabled { opacity: 0.5; cursor: default; }
  input, select, textarea { box-sizing: border-box; width: 100%; min-height: 48px; padding: 8px; border: 1px solid #767676; border-radius: 6px; background: #fff; }
  input[type="checkbox"] { width: 28px; min-height: 28px; }
  input[readonly], textarea[readonly], select:disabled, input:disabled, textarea:disabled { background: #eee; color: #333; }
  fieldset { border: 1px solid #ccc; border-radius: 8px; margin: 8px 0; padding: 8px 12px; }
  legend { font-weight: bold; }
  label { font-weight: bold; }
  .field-description, .help-block { color: #4a4a4a; font-size: 16px; margin: 2px 0 4px; }
  .form-group { margin: 10px 0; }
  .error-detail, .text-danger, .has-error .help-block { color: #b00020; font-weight: bold; }
  .has-error input, .has-error textarea, .has-error select { border: 2px solid #b00020; }
  .panel-danger, .errors { display: none; }
  .message { padding: 12px 16px; border-radius: 8px; margin: 12px 0; }
  .saved { background: #e8f5e9; border: 2px solid #2e7d32; }
  .refused { background: #fff0f0; border: 2px solid #b00020; color: #4a0000; }
  .read-only-note { background: #f3eefa; padding: 8px 12px; border-radius: 8px; }
  .actions { position: sticky; bottom: 0; background: #fafafa; padding: 12px 0; }
  .preview iframe { width: 100%; height: calc(100vh - 80px); border: 2px solid #ccc; border-radius: 12px; background: #fff; position: sticky; top: 16px; }
  .array-item { box-sizing: border-box; width: 100%; border-left: 4px solid #d9c8ec; padding-left: 8px; margin: 8px 0; gap: 8px; }
  .array-item > .col-xs-9, .array-item > .col-xs-12 { flex: 1; min-width: 0; }
  .array-item-toolbox .btn-group { flex-direction: column; gap: 6px; }
  .array-item-toolbox button { min-width: 88px; }
</style>
</head>
<body>
<div class="layout">
  <main id="editor"><p>正在打开编辑器……</p></main>
  <aside class="preview" aria-label="预览"><iframe title="预览（保存并通过检查后自动刷新）" src="/"></iframe></aside>
</div>
<script src="/edit/editor.js"></script>
</body>
</html>
`
