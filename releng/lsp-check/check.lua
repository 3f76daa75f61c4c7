-- Drives `claimbench lsp` with Neovim's built-in LSP client (Neovim 0.7 or newer, headless) on a copy of
-- the sample: opens the 2024 statement's annotation document, waits for the diagnostics, asks for a hover
-- on a quote and for the code actions of an ambiguous mention, applies the one that anchors it at the
-- place a person chose, and waits for the diagnostics of the edited text. neovim.sh sets it up; every
-- step prints what the server answered, and a missing answer ends Neovim with exit code 1.
local cmd = vim.split(os.getenv("CLAIMBENCH_LSP_CMD"), " ", { trimempty = true })
local file = os.getenv("CLAIMBENCH_CHECK_FILE")
local timeout = 60000

local function say(text)
  io.stdout:write(text .. "\n")
end

local function fail(text)
  say("FAILED: " .. text)
  vim.cmd("cquit 1")
end

-- The raw diagnostics as the server published them (with their issue data), by version of the text.
local published = {}
local default_publish = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  published[#published + 1] = result.diagnostics
  return default_publish(err, result, ctx, config)
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "claimbench",
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ":p:h"),
})
if not client_id then
  fail("could not start " .. table.concat(cmd, " "))
end
vim.lsp.buf_attach_client(buffer, client_id)
local client = vim.lsp.get_client_by_id(client_id)

local function diagnostics_after(count)
  if not vim.wait(timeout, function() return #published > count end, 50) then
    fail("no diagnostics within " .. timeout / 1000 .. " s")
  end
  return published[#published]
end

local started = vim.loop.hrtime()
local diagnostics = diagnostics_after(0)
say(string.format("diagnostics (%d, first after %.1f s):", #diagnostics, (vim.loop.hrtime() - started) / 1e9))
local severities = { "error", "warning", "info", "hint" }
local ambiguous
for _, d in ipairs(diagnostics) do
  say(string.format("  %d:%d %s [%s] %s", d.range.start.line + 1, d.range.start.character + 1,
    severities[d.severity], d.code, d.message))
  if d.code == "claimbench.offsetAmbiguous" then
    ambiguous = d
  end
end
if not ambiguous then
  fail("no claimbench.offsetAmbiguous diagnostic")
end

local function position_of(text)
  for line, content in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, false)) do
    local column = content:find(text, 1, true)
    if column then
      return { line = line - 1, character = column }
    end
  end
  fail("no " .. text .. " in the document")
end

local hover = client.request_sync("textDocument/hover", {
  textDocument = vim.lsp.util.make_text_document_params(buffer),
  position = position_of('quote "China'),
}, timeout, buffer)
if not hover or not hover.result or not hover.result.contents then
  fail("no hover on the China quote")
end
say("hover on the quote \"China's accelerating ...\":")
for _, line in ipairs(vim.split(hover.result.contents.value, "\n")) do
  say("  " .. line)
end

local actions = client.request_sync("textDocument/codeAction", {
  textDocument = vim.lsp.util.make_text_document_params(buffer),
  range = ambiguous.range,
  context = { diagnostics = { ambiguous } },
}, timeout, buffer)
if not actions or not actions.result or #actions.result == 0 then
  fail("no code actions for the ambiguous mention")
end
say("code actions for line " .. ambiguous.range.start.line + 1 .. ":")
local chosen
for _, action in ipairs(actions.result) do
  say("  " .. action.title)
  if action.title == "Anchor at offset 1021" then
    chosen = action
  end
end
if not chosen then
  fail("no code action 'Anchor at offset 1021'")
end
local before = #published
vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
local line = ambiguous.range.start.line
say("after '" .. chosen.title .. "', line " .. line + 1 .. " reads:")
say("  " .. vim.trim(vim.api.nvim_buf_get_lines(buffer, line, line + 1, false)[1]))
local after = diagnostics_after(before)
say(string.format("diagnostics after the edit (%d):", #after))
for _, d in ipairs(after) do
  say(string.format("  %d:%d %s [%s] %s", d.range.start.line + 1, d.range.start.character + 1,
    severities[d.severity], d.code, d.message))
  if d.code == "claimbench.offsetAmbiguous" then
    fail("the mention is still ambiguous")
  end
end
client.stop()
vim.cmd("qall!")
