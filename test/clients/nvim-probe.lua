-- Headless Neovim (0.7+) as an LSP client of the NetLens server: open one file, collect what the editor got.
--
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/clients/nvim-probe.lua'
--
-- Environment:
--   PROBE_CMD         JSON array, the server command (e.g. ["node","dist/server.js","--stdio"])
--   PROBE_FILE        the file to open (absolute)
--   PROBE_ROOT        workspace folder (default: the file's folder)
--   PROBE_LANG        languageId (default yaml)
--   PROBE_SETTINGS    JSON object answered for workspace/configuration and sent as didChangeConfiguration (default {})
--   PROBE_MIN_DIAGS   how many diagnostics to wait for (default 1)
--   PROBE_HOVER       JSON array of {line, character} positions (0-based) to hover
--   PROBE_OUT         where to write the JSON result
--   PROBE_TIMEOUT_MS  per wait (default 15000)
-- Writes {client, initialize_ms, diagnostics[], hovers[], code_actions[], log[]}; exits 0 when it got
-- at least PROBE_MIN_DIAGS diagnostics, 2 when the server did not initialize, 3 too few diagnostics, 4 Lua error.

local function env(name, default)
  local v = os.getenv(name)
  if v == nil or v == '' then return default end
  return v
end

local result = { client = 'neovim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch),
  diagnostics = {}, hovers = {}, code_actions = {}, log = {} }
local started = vim.loop.hrtime()
local function elapsed() return math.floor((vim.loop.hrtime() - started) / 1e6) end

local function finish(code)
  result.exit_code = code
  result.total_ms = elapsed()
  local out = assert(io.open(env('PROBE_OUT', 'nvim-probe.json'), 'w'))
  out:write(vim.fn.json_encode(result))
  out:close()
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
  vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd('cquit ' .. code)
end

local ok, err = pcall(function()
  local file = (assert(os.getenv('PROBE_FILE'), 'PROBE_FILE is not set'))
  local root = env('PROBE_ROOT', vim.fn.fnamemodify(file, ':p:h'))
  local lang = env('PROBE_LANG', 'yaml')
  local settings = vim.fn.json_decode(env('PROBE_SETTINGS', '{}'))
  local timeout = tonumber(env('PROBE_TIMEOUT_MS', '15000'))
  local min_diags = tonumber(env('PROBE_MIN_DIAGS', '1'))

  local id = vim.lsp.start_client({
    name = 'netlens',
    cmd = vim.fn.json_decode((assert(os.getenv('PROBE_CMD'), 'PROBE_CMD is not set'))),
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    settings = settings,
    get_language_id = function() return lang end,
    on_exit = function(code, signal) table.insert(result.log, ('server exited: code %s, signal %s'):format(code, signal)) end,
  })
  if not id then table.insert(result.log, 'the server did not start'); return finish(2) end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = lang
  vim.lsp.buf_attach_client(buf, id)
  local client = vim.lsp.get_client_by_id(id)
  if not (client and vim.wait(timeout, function() return client.initialized end, 20)) then
    table.insert(result.log, 'no initialize response'); return finish(2)
  end
  result.initialize_ms = elapsed()

  vim.wait(timeout, function() return #vim.diagnostic.get(buf) >= min_diags end, 20)
  result.diagnostics_ms = elapsed()
  local uri = vim.uri_from_bufnr(buf)
  local raw = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    -- 0.7 keeps only code/data/tags of the server's diagnostic in user_data.lsp: rebuild the LSP diagnostic
    local lsp = vim.tbl_extend('force', (d.user_data and d.user_data.lsp) or {}, {
      range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
      message = d.message, severity = d.severity, source = d.source,
    })
    table.insert(raw, lsp)
    table.insert(result.diagnostics, { range = lsp.range, severity = d.severity, message = d.message, code = lsp.code, source = d.source })
  end

  for _, pos in ipairs(vim.fn.json_decode(env('PROBE_HOVER', '[]'))) do
    local r = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = pos }, timeout)
    table.insert(result.hovers, { position = pos, result = (r and r[id] and r[id].result) or vim.NIL })
  end

  -- Code actions for each diagnostic, with it as the context, as an editor asks when the cursor is on it.
  for _, d in ipairs(raw) do
    local r = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
      textDocument = { uri = uri }, range = d.range, context = { diagnostics = { d } },
    }, timeout)
    table.insert(result.code_actions, { diagnostic = { code = d.code, range = d.range }, actions = (r and r[id] and r[id].result) or vim.NIL })
  end

  finish(#result.diagnostics >= min_diags and 0 or 3)
end)
if not ok then
  table.insert(result.log, tostring(err))
  finish(4)
end
