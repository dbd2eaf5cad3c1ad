-- Neovim 0.7 LSP client test for the ml-practices language server.
--
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/e2e/nvim/lsp-test.lua'
--
-- Environment (all optional; the defaults assume the repo root as current directory):
--   ML_PRACTICES_SERVER    path to dist/server.js
--   ML_PRACTICES_FILE      Python file to open (test/e2e/workspace/train.py)
--   ML_PRACTICES_EXPECTED  JSON list of {rule, name, title}
--   ML_PRACTICES_TIMEOUT   milliseconds to wait for diagnostics (20000)
-- Prints one PASS/FAIL line per test and `N passed, N failed`; exits 1 (cquit) on any failure.

local function env(name, default)
  local v = os.getenv(name)
  if v == nil or v == '' then return default end
  return v
end

local cwd = vim.fn.getcwd()
local server = env('ML_PRACTICES_SERVER', cwd .. '/dist/server.js')
local file = env('ML_PRACTICES_FILE', cwd .. '/test/e2e/workspace/train.py')
local timeout = tonumber(env('ML_PRACTICES_TIMEOUT', '20000'))
local expected = {
  { rule = 'long-function', name = 'train_model', title = 'Write Short Units of Code' },
  { rule = 'complex-function', name = 'pick_optimizer', title = 'Write Simple Units of Code' },
  { rule = 'many-parameters', name = 'build_model', title = 'Keep Unit Interfaces Small' },
}
if os.getenv('ML_PRACTICES_EXPECTED') then expected = vim.json.decode(os.getenv('ML_PRACTICES_EXPECTED')) end

local passed, failed = 0, 0
local function out(s) io.stdout:write(s .. '\n'); io.stdout:flush() end
local function now() return vim.loop.hrtime() / 1e6 end

local function test(title, fn)
  local started = now()
  local ok, err = pcall(fn)
  local ms = math.floor(now() - started)
  if ok then
    passed = passed + 1
    out(string.format('  PASS nvim: %s (%d ms)', title, ms))
  else
    failed = failed + 1
    out(string.format('  FAIL nvim: %s (%d ms)', title, ms))
    out('       ' .. tostring(err):gsub('\n', '\n       '))
  end
  return ok
end

local function finish()
  out(string.format('%d passed, %d failed', passed, failed))
  if failed > 0 or passed == 0 then vim.cmd('cquit 1') else vim.cmd('qall!') end
end

local client_id, buf
local server_log = {}

local ok_all = xpcall(function()
  test('server starts and attaches to ' .. vim.fn.fnamemodify(file, ':t'), function()
    assert(vim.fn.filereadable(server) == 1, 'server not found: ' .. server)
    assert(vim.fn.filereadable(file) == 1, 'file not found: ' .. file)
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    buf = vim.api.nvim_get_current_buf()
    vim.bo[buf].filetype = 'python' -- -u NONE: no filetype detection; the server needs languageId python
    client_id = vim.lsp.start_client({
      name = 'ml-practices',
      cmd = { 'node', server, '--stdio' },
      root_dir = vim.fn.fnamemodify(file, ':h'),
      handlers = {
        ['window/logMessage'] = function(_, result) table.insert(server_log, result and result.message or '') end,
        ['window/showMessage'] = function(_, result) table.insert(server_log, result and result.message or '') end,
      },
      on_exit = function(code, signal) table.insert(server_log, string.format('server exited code=%s signal=%s', code, signal)) end,
    })
    assert(client_id, 'vim.lsp.start_client returned nil')
    assert(vim.lsp.buf_attach_client(buf, client_id), 'buf_attach_client failed')
    local initialized = vim.wait(timeout, function()
      local c = vim.lsp.get_client_by_id(client_id)
      return c ~= nil and c.initialized == true
    end, 20)
    assert(initialized, 'server did not initialize within ' .. timeout .. ' ms; log: ' .. table.concat(server_log, ' | '))
  end)

  local function code_of(d)
    if d.code ~= nil then return d.code end
    local lsp = d.user_data and d.user_data.lsp
    return lsp and lsp.code
  end

  local function ours()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.source == 'ml-practices' then table.insert(list, d) end
    end
    return list
  end

  local function find(rule)
    for _, d in ipairs(ours()) do if code_of(d) == rule then return d end end
  end

  local function describe()
    local parts = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(parts, string.format('%s/%s@%d:%d', tostring(d.source), tostring(code_of(d)), d.lnum + 1, d.col + 1))
    end
    return '[' .. table.concat(parts, ', ') .. '] server log: ' .. table.concat(server_log, ' | ')
  end

  test('diagnostics arrive with the expected rule codes', function()
    assert(buf and client_id, 'no client')
    local got = vim.wait(timeout, function()
      for _, e in ipairs(expected) do if not find(e.rule) then return false end end
      return true
    end, 20)
    assert(got, 'expected rules ' .. vim.inspect(vim.tbl_map(function(e) return e.rule end, expected)) .. ' within ' .. timeout .. ' ms; got ' .. describe())
  end)

  for _, e in ipairs(expected) do
    test(e.rule .. ' is on the name of ' .. e.name .. '()', function()
      local d = find(e.rule)
      assert(d, 'no ' .. e.rule .. ' diagnostic; got ' .. describe())
      local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
      local text = line:sub(d.col + 1, (d.end_col or d.col) )
      assert(text == e.name, string.format('range covers %q on line %d (%q), expected %q', text, d.lnum + 1, line, e.name))
      local href = d.user_data and d.user_data.lsp and d.user_data.lsp.codeDescription and d.user_data.lsp.codeDescription.href
      assert(type(href) == 'string' and href:match('^https?://'), 'codeDescription.href missing: ' .. vim.inspect(d.user_data))
    end)
  end

  for _, e in ipairs(expected) do
    test('hover on ' .. e.name .. ' shows "' .. e.title .. '"', function()
      local d = find(e.rule)
      assert(d, 'no ' .. e.rule .. ' diagnostic')
      local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = d.lnum, character = d.col + 1 } }
      local responses, err = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, timeout)
      assert(responses, 'hover request failed: ' .. tostring(err))
      local texts = {}
      for _, r in pairs(responses) do
        assert(not r.err, 'hover error: ' .. vim.inspect(r.err))
        local c = r.result and r.result.contents
        if type(c) == 'string' then table.insert(texts, c)
        elseif type(c) == 'table' and c.value then table.insert(texts, c.value)
        elseif type(c) == 'table' then for _, x in ipairs(c) do table.insert(texts, type(x) == 'string' and x or (x.value or '')) end end
      end
      local all = table.concat(texts, '\n')
      local heading
      for l in all:gmatch('[^\n]+') do
        if l:match('^%s*#+%s') then heading = l; break end
      end
      assert(heading, 'hover has no Markdown heading: ' .. vim.inspect(all))
      assert(heading:find(e.title, 1, true), string.format('first heading %q does not contain %q', heading, e.title))
    end)
  end

  test('code actions on train_model offer line and file suppression', function()
    local d = find('long-function')
    assert(d, 'no long-function diagnostic')
    local lsp_diag = {
      range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col } },
      severity = d.severity, message = d.message, source = d.source, code = code_of(d),
      codeDescription = d.user_data and d.user_data.lsp and d.user_data.lsp.codeDescription,
      data = d.user_data and d.user_data.lsp and d.user_data.lsp.data,
    }
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(buf) },
      range = lsp_diag.range,
      context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
    }
    local responses, err = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, timeout)
    assert(responses, 'codeAction request failed: ' .. tostring(err))
    local titles = {}
    for _, r in pairs(responses) do
      assert(not r.err, 'codeAction error: ' .. vim.inspect(r.err))
      for _, a in ipairs(r.result or {}) do table.insert(titles, a.title) end
    end
    for _, want in ipairs({ 'Suppress long-function on this line', 'Suppress long-function in this file' }) do
      assert(vim.tbl_contains(titles, want), string.format('missing %q in %s', want, vim.inspect(titles)))
    end
  end)
end, function(err) failed = failed + 1; out('  FAIL nvim: unexpected error: ' .. tostring(err) .. '\n' .. debug.traceback()) end)

if client_id then
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end
finish()
