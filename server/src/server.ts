// The language server: LSP wiring only. Python files arrive as text documents, notebooks through LSP 3.17
// notebook document sync (cells as their own text documents); both become engine snapshots, and findings
// go back as pushed diagnostics, so any LSP client (VS Code, Neovim, Helix, Emacs) gets them.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  LSPErrorCodes,
  NotebookDocuments,
  ResponseError,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
  type NotebookCell,
  type NotebookDocument,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bindUnit } from './analysis/bindings';
import { analyze, ParseCache, type AnalysisResult } from './analysis/engine';
import { collectWorkspace, decideWorkspace, type AssessOptions } from './assessment/assess';
import { buildIdentity } from './assessment/cache';
import { AssessmentCancelled, type Collected } from './assessment/collect';
import type { Answer } from './assessment/types';
import { getPractice, loadCatalog } from './catalog/catalog';
import { renderPracticeCard } from './catalog/card';
import { findProjectConfig, type ProjectConfig } from './config/pyproject';
import { mergeSettings, sanitizeSettings, type Settings } from './config/settings';
import { notebookSnapshot, notebookSnapshotFromJson, pythonSnapshot, type Snapshot } from './documents/snapshot';
import { codeActionsFor, type EditableUnit } from './features/codeActions';
import { problemToDiagnostic, toDiagnostic } from './features/diagnostics';
import { commandLink, hoverAt, lensHover, SHOW_PRACTICE_COMMAND } from './features/hover';
import { documentAliases, practiceLensAt } from './assessment/lens';
import { initParser } from './parsing/parser';
import { DuplicateIndex } from './workspace/duplicateFindings';
import { findFiles, isExcludedFile, readSnapshot } from './workspace/files';
import { fileStamp, PersistentIndex } from './workspace/indexCache';
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from './analysis/types';

/** Custom request the client uses to render the full card of a practice ("Open practice"). */
const PRACTICE_CARD_REQUEST = 'ml-practices/practiceCard';
/** Params: AssessParams; result: AssessmentReport (server/src/assessment/types.ts). */
const ASSESS_REQUEST = 'ml-practices/assess';
/** Server → client while assessing: { folder, done, total } files analysed. */
const ASSESS_PROGRESS_NOTIFICATION = 'ml-practices/assessProgress';

interface AssessParams {
  /** The workspace folder's URI. */
  folder: string;
  /** Answers to use instead of those in the folder's .ml-practices/assessment.json. */
  answers?: Record<string, Answer>;
  /** Decide from the evidence of the last assessment of this folder instead of scanning again. */
  reuse?: boolean;
}
/** Custom request listing the catalog for the client's practice picker. */
const PRACTICE_LIST_REQUEST = 'ml-practices/practices';
const MAX_DEBOUNCE_MS = 150;
const QUICK_ANALYSIS_MS = 50;

interface Analysed {
  snapshot: Snapshot;
  result: AnalysisResult;
  /** Editor URI of each code unit (the file, or each code cell), same order as snapshot.units. */
  unitUris: string[];
  /** Editor URI for every cell index (notebooks), to resolve related locations. */
  cellUris: string[];
  /** What this result was computed from: document version and settings. Equal inputs are not analysed again. */
  inputs: string;
  /** duplicate-code findings from the last cross-document pass that looked at this document. */
  duplicates: Finding[];
  /** The documents its copies stood in then: when one of them changes, this one is refreshed too. */
  partners: Set<string>;
}

/**
 * A cell's execution count: the editor's execution summary when it sends one (VS Code does after running
 * a cell), else the `execution_count` that VS Code's ipynb support keeps in the cell metadata from the file.
 */
function executionCountOf(cell: NotebookCell): number | null {
  const fromSummary = cell.executionSummary?.executionOrder;
  if (typeof fromSummary === 'number') return fromSummary;
  const fromFile = (cell.metadata as { execution_count?: unknown } | undefined)?.execution_count;
  return typeof fromFile === 'number' ? fromFile : null;
}

export function startServer(connection: Connection): void {
  const files = new TextDocuments(TextDocument);
  // Cells get their own TextDocuments: NotebookDocuments takes over the one it is given.
  const cells = new TextDocuments(TextDocument);
  const notebooks = new NotebookDocuments(cells);
  const cache = new ParseCache();
  const analysed = new Map<string, Analysed>();
  const openNotebooks = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const reportedProblems = new Set<string>();
  let canPullConfiguration = false;
  /** Paths of the workspace folders: the root for `exclude` globs when no pyproject.toml configures one. */
  let workspaceFolders: string[] = [];
  let ready: Promise<void> = Promise.resolve();

  const log = (message: string) => connection.console.log(`[${new Date().toISOString().slice(11, 23)}] ${message}`);

  const reportConfigProblems = (problems: string[]) => {
    for (const problem of problems) {
      if (reportedProblems.has(problem)) continue;
      reportedProblems.add(problem);
      connection.console.warn(problem);
      void connection.window.showWarningMessage(`ml-practices: ${problem}`);
    }
  };

  const projectConfigCache = new Map<string, ProjectConfig>();
  const projectConfigFor = (uri: string): ProjectConfig | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    const directory = dirname(fileURLToPath(uri));
    let config = projectConfigCache.get(directory);
    if (!config) {
      config = findProjectConfig(directory);
      projectConfigCache.set(directory, config);
    }
    return config;
  };

  const isExcluded = (uri: string, settings: Settings): boolean => {
    if (!uri.startsWith('file:')) return false;
    const path = fileURLToPath(uri);
    const project = projectConfigFor(uri);
    const folder = workspaceFolders.find((root) => path.startsWith(`${root}/`));
    return isExcludedFile(path, project?.file ? project.root : (folder ?? dirname(path)), settings.exclude);
  };

  /**
   * The editor's ml-practices settings for a scope. Editors resolve resource settings per workspace folder,
   * so a file inside one is asked for once through its folder: indexing a 10,000-file workspace costs one
   * workspace/configuration round trip per folder, not one per file.
   */
  const editorSettingsCache = new Map<string, Promise<unknown>>();
  const editorSettingsFor = (uri: string): Promise<unknown> => {
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    const folder = path === undefined ? undefined : workspaceFolders.find((root) => path.startsWith(`${root}/`));
    const scopeUri = folder === undefined ? uri : pathToFileURL(folder).href;
    let editor = editorSettingsCache.get(scopeUri);
    if (!editor) {
      editor = canPullConfiguration
        ? connection.workspace.getConfiguration({ scopeUri, section: 'ml-practices' }).catch((error: unknown) => {
            log(`could not read editor settings: ${String(error)}`);
            return undefined;
          })
        : Promise.resolve(undefined);
      editorSettingsCache.set(scopeUri, editor);
    }
    return editor;
  };

  const settingsFor = (uri: string): Promise<Settings> => {
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = (async () => {
        const project = projectConfigFor(uri);
        if (project) reportConfigProblems(project.problems);
        const editor = await editorSettingsFor(uri);
        const fromEditor = sanitizeSettings(editor, 'editor settings (ml-practices.*)');
        reportConfigProblems(fromEditor.problems);
        return mergeSettings(project?.settings ?? {}, fromEditor.settings);
      })();
      settingsCache.set(uri, settings);
    }
    return settings;
  };

  /**
   * What each URI was last sent. Only changed lists are sent again: editing one cell of a 300-cell notebook
   * re-sends the cells whose findings changed, not all 300 (the client keeps the others).
   */
  const lastPublished = new Map<string, string>();
  const sendDiagnostics = (uri: string, diagnostics: Diagnostic[]) => {
    const serialized = JSON.stringify(diagnostics);
    if (lastPublished.get(uri) === serialized) return;
    lastPublished.set(uri, serialized);
    void connection.sendDiagnostics({ uri, diagnostics });
  };

  const publish = (entry: Analysed) => {
    const perUri = new Map<string, Diagnostic[]>(entry.unitUris.map((uri) => [uri, []]));
    const resolveUri = (location: { uri: string; cell?: number }) =>
      location.cell === undefined ? (location.uri === entry.snapshot.uri ? entry.unitUris[0] ?? location.uri : location.uri) : entry.cellUris[location.cell];
    const targetOf = (location: { uri: string; cell?: number }) => resolveUri(location) ?? entry.unitUris[0] ?? entry.snapshot.uri;
    for (const finding of [...entry.result.findings, ...entry.duplicates]) {
      const target = targetOf(finding.location);
      if (!perUri.has(target)) perUri.set(target, []);
      perUri.get(target)!.push(toDiagnostic(finding, resolveUri));
    }
    for (const problem of entry.result.problems) {
      const target = entry.unitUris[0] ?? entry.snapshot.uri;
      if (!perUri.has(target)) perUri.set(target, []);
      perUri.get(target)!.push(problemToDiagnostic(problem));
    }
    if (perUri.size === 0) perUri.set(entry.snapshot.uri, []);
    for (const [uri, diagnostics] of perUri) sendDiagnostics(uri, diagnostics);
  };

  /**
   * The workspace index for duplicate-code: every open document (as edited) and every other .py and .ipynb
   * file of the workspace folders (as on disk, analysed with only duplicate-code on), so an open file's
   * copies are found in files that are not open. Built in the background with cancellable progress, then
   * kept current one document at a time: an analysis, a closed document, a file event.
   */
  const clones = new DuplicateIndex();
  /**
   * The index persisted between sessions (workspace/indexCache.ts), in the directory the client names in
   * initializationOptions.cacheDirectory (VS Code: the extension's storage for this workspace).
   */
  let cacheDirectory: string | undefined;
  let persisted: PersistentIndex | undefined;
  const productVersion = typeof ML_PRACTICES_VERSION === 'string' ? ML_PRACTICES_VERSION : '0.0.0-dev';
  /** The cache is void for another version, and for another build of it (a development build, a reinstall). */
  const cacheProduct = `${productVersion}+${buildIdentity()}`;

  /**
   * Publishes the duplicate-code findings of the open documents that may have changed after the documents
   * `changed` were set in or taken out of the index (see DuplicateIndex.refresh); without `changed`, of
   * every open document. Unchanged lists are not re-sent.
   */
  const refreshDuplicates = (changed?: readonly string[]) => {
    const open = new Map([...analysed].map(([uri, entry]) => [uri, entry.partners]));
    for (const [uri, copies] of clones.refresh(changed, open)) {
      const entry = analysed.get(uri)!;
      entry.duplicates = copies.findings;
      entry.partners = copies.partners;
      publish(entry);
    }
  };

  const MAX_INDEXED_FILES = 20_000;
  /** Indexes a file as it is on disk, unless it is open (then its analysis is in the index already). */
  const indexFile = async (path: string) => {
    const uri = pathToFileURL(path).href;
    const settings = await settingsFor(uri);
    if (analysed.has(uri)) return;
    if (!settings.enable || isExcluded(uri, settings)) {
      clones.delete(uri);
      persisted?.forget(uri);
      return;
    }
    // Stamped before it is read: a file changed while being read is read again next session.
    const stamp = persisted && fileStamp(path, settings);
    if (persisted?.restore(uri, path, stamp)) return;
    const duplicatesOnly: Settings = { ...settings, rules: { ...settings.rules, customizations: [...settings.rules.customizations, { rule: '!duplicate-code', severity: 'off' }] } };
    clones.set(uri, analyze(readSnapshot(path, { maxFileSize: settings.maxFileSize }), duplicatesOnly));
    persisted?.indexed(uri, path, stamp);
  };

  const buildIndex = async () => {
    const paths = workspaceFolders.flatMap((folder) => findFiles([folder], { root: folder, exclude: [] }).files);
    if (!cacheDirectory) log('index cache: off (the client gave no initializationOptions.cacheDirectory)');
    if (paths.length === 0) return;
    if (cacheDirectory) {
      persisted = new PersistentIndex(clones, { directory: cacheDirectory, workspaceFolders, product: cacheProduct, log });
      persisted.load();
    }
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('ML Practices', 0, `indexing ${paths.length} files for duplicate code`, true);
    const started = performance.now();
    let done = 0;
    for (const path of paths.slice(0, MAX_INDEXED_FILES)) {
      if (progress.token.isCancellationRequested) {
        log(`workspace index cancelled after ${done} of ${paths.length} files`);
        break;
      }
      try {
        await indexFile(path);
      } catch (error) {
        log(`could not index ${path}: ${String(error)}`);
      }
      done++;
      if (done % 25 === 0) {
        progress.report(Math.round((100 * done) / paths.length), `${done} of ${paths.length} files`);
        await new Promise((resolve) => setImmediate(resolve)); // stay responsive: requests run between batches
      }
    }
    progress.done();
    if (paths.length > MAX_INDEXED_FILES) log(`workspace index: only the first ${MAX_INDEXED_FILES} of ${paths.length} files were indexed`);
    const restored = persisted ? ` (${persisted.restored} of ${done} files restored from the index cache)` : '';
    log(`workspace index: ${clones.size} documents in ${(performance.now() - started).toFixed(0)} ms${restored}`);
    void persisted?.buildDone();
    refreshDuplicates();
  };

  const snapshotOfNotebook = (notebook: NotebookDocument, settings: Settings): { snapshot: Snapshot; unitUris: string[]; cellUris: string[] } => {
    const cellUris = notebook.cells.map((cell) => cell.document);
    const inputs = notebook.cells.map((cell) => {
      const document = notebooks.getCellTextDocument(cell);
      return {
        kind: cell.kind === 2 ? ('code' as const) : ('markdown' as const),
        languageId: document?.languageId,
        source: document?.getText() ?? '',
        executionCount: executionCountOf(cell),
      };
    });
    const snapshot = notebookSnapshot(notebook.uri, inputs, { maxFileSize: settings.maxFileSize });
    return { snapshot, unitUris: snapshot.units.map((unit) => cellUris[unit.cell!]), cellUris };
  };

  const analyseNow = async (key: string) => {
    const started = performance.now();
    try {
      await ready;
      const settings = await settingsFor(key);
      if (isExcluded(key, settings)) {
        forget(key);
        log(`skipped ${key}: excluded by ml-practices.exclude or a default exclude`);
        return;
      }
      const notebook = notebooks.getNotebookDocument(key);
      const version = notebook?.version ?? files.get(key)?.version;
      // A settings notification that changes nothing (VS Code sends one right after start) costs nothing.
      const inputs = `${version}\u0000${JSON.stringify(settings)}`;
      if (analysed.get(key)?.inputs === inputs) return;
      let built: { snapshot: Snapshot; unitUris: string[]; cellUris: string[] } | undefined;
      if (notebook) {
        built = snapshotOfNotebook(notebook, settings);
      } else {
        const document = files.get(key);
        if (!document) return;
        const snapshot = key.endsWith('.ipynb')
          ? notebookSnapshotFromJson(key, document.getText(), { maxFileSize: settings.maxFileSize })
          : pythonSnapshot(key, document.getText(), { maxFileSize: settings.maxFileSize });
        // A notebook opened as JSON text: only problems with the file itself map onto that text.
        built = { snapshot: key.endsWith('.ipynb') ? { ...snapshot, units: [] } : snapshot, unitUris: [key], cellUris: [] };
      }
      const previous = analysed.get(key);
      if (previous && settings.enable) {
        // An edited file or cell is parsed from the cached tree of the text analysed last time (incrementally).
        const lastTexts = new Map(previous.unitUris.map((uri, index) => [uri, previous.snapshot.units[index]?.text]));
        for (const [index, unit] of built.snapshot.units.entries()) cache.get(unit.text, lastTexts.get(built.unitUris[index]));
      }
      const result = analyze(built.snapshot, settings, cache, clones.project);
      const entry: Analysed = { ...built, result, inputs, duplicates: previous?.duplicates ?? [], partners: previous?.partners ?? new Set() };
      analysed.set(key, entry);
      // Cells that were removed since the last run must lose their diagnostics.
      for (const uri of previous?.unitUris ?? []) {
        if (!entry.unitUris.includes(uri)) sendDiagnostics(uri, []);
      }
      clones.set(key, result);
      refreshDuplicates([key]);
      const duration = performance.now() - started;
      lastDuration.set(key, duration);
      log(`analysed ${key}: ${result.findings.length} finding(s) in ${duration.toFixed(1)} ms`);
    } catch (error) {
      connection.console.error(`ml-practices: analysis of ${key} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };

  const schedule = (key: string, delay: number) => {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void analyseNow(key);
      }, delay),
    );
  };

  /**
   * Edits of a document whose last analysis was quick (under 50 ms) are analysed at once; slower ones are
   * debounced by as long as that analysis took (at most 150 ms), so a large file is not re-analysed on
   * every keystroke. Edits arriving together are still coalesced into one analysis.
   */
  const lastDuration = new Map<string, number>();
  const onEdit = async (key: string) => {
    const settings = await settingsFor(key);
    if (settings.run !== 'onType') return;
    const duration = lastDuration.get(key) ?? MAX_DEBOUNCE_MS;
    schedule(key, duration < QUICK_ANALYSIS_MS ? 0 : Math.min(MAX_DEBOUNCE_MS, Math.round(duration)));
  };

  const forget = (key: string) => {
    clearTimeout(timers.get(key));
    timers.delete(key);
    lastDuration.delete(key);
    const entry = analysed.get(key);
    analysed.delete(key);
    for (const uri of entry?.unitUris ?? [key]) {
      sendDiagnostics(uri, []);
      lastPublished.delete(uri); // a document opened again gets its diagnostics again
    }
    // Closed, the file counts as it is on disk again (unsaved edits are gone): re-index it, then update the
    // copies other documents share with it.
    if (key.startsWith('file:') && /\.(py|ipynb)$/.test(key)) {
      void indexFile(fileURLToPath(key))
        .catch(() => clones.delete(key))
        .then(() => refreshDuplicates([key]));
    } else {
      clones.delete(key);
      persisted?.forget(key);
      refreshDuplicates([key]);
    }
  };

  const reanalyseAll = () => {
    settingsCache.clear();
    editorSettingsCache.clear();
    for (const document of files.all()) schedule(document.uri, 0);
    for (const uri of openNotebooks) schedule(uri, 0);
  };

  /** The analysed document that owns an editor URI (a file, or a notebook cell) and the unit index in it. */
  const locate = (uri: string): { entry: Analysed; unitIndex: number } | undefined => {
    const owner = notebooks.findNotebookDocumentForCell(uri)?.uri ?? uri;
    const entry = analysed.get(owner);
    if (!entry) return undefined;
    const unitIndex = entry.unitUris.indexOf(uri);
    return unitIndex < 0 ? undefined : { entry, unitIndex };
  };

  const editableUnit = (entry: Analysed, unitIndex: number): EditableUnit => ({
    uri: entry.unitUris[unitIndex],
    source: entry.snapshot.units[unitIndex].source,
    directives: entry.result.directives[unitIndex] ?? [],
  });

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    const folderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFolders = folderUris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    const requested = (params.initializationOptions as { cacheDirectory?: unknown } | null | undefined)?.cacheDirectory;
    cacheDirectory = typeof requested === 'string' && requested !== '' ? requested : undefined;
    ready = initParser().then(() => {
      loadCatalog();
      log('parser and catalog ready');
    });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        // No `cells` filter: every cell is synced, markdown included, so cell indices are the notebook's own
        // (a Python-only filter would drop markdown cells and shift every "cell N" we report).
        notebookDocumentSync: { notebookSelector: [{ notebook: { notebookType: 'jupyter-notebook' } }] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorExtract] },
      },
      serverInfo: { name: 'ml-practices', version: productVersion },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ml-practices' });
    void ready.then(buildIndex).catch((error: unknown) => connection.console.error(`ml-practices: workspace index failed: ${String(error)}`));
  });

  connection.onDidChangeConfiguration(() => reanalyseAll());
  connection.onShutdown(() => persisted?.flushSync());
  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    if (changes.some((change) => change.uri.endsWith('pyproject.toml'))) {
      projectConfigCache.clear();
      reportedProblems.clear();
      reanalyseAll();
    }
    // Python files and notebooks changed on disk (saved elsewhere, renamed, deleted): keep the index current.
    const sources = changes.filter((change) => /\.(py|ipynb)$/.test(change.uri) && change.uri.startsWith('file:'));
    for (const change of sources) {
      if (analysed.has(change.uri)) continue; // open: the editor's text counts, not the file's
      if (change.type === FileChangeType.Deleted) {
        clones.delete(change.uri);
        persisted?.forget(change.uri);
      } else await indexFile(fileURLToPath(change.uri)).catch((error: unknown) => log(`could not index ${change.uri}: ${String(error)}`));
    }
    if (sources.length > 0) refreshDuplicates(sources.map((change) => change.uri));
  });

  // TextDocuments reports an open as a content change too: analyse opens at once, debounce real edits.
  const openedVersion = new Map<string, number>();
  files.onDidOpen(({ document }) => {
    openedVersion.set(document.uri, document.version);
    schedule(document.uri, 0);
  });
  files.onDidChangeContent(({ document }) => {
    if (openedVersion.get(document.uri) !== document.version) void onEdit(document.uri);
  });
  files.onDidSave(({ document }) => schedule(document.uri, 0));
  files.onDidClose(({ document }) => {
    openedVersion.delete(document.uri);
    forget(document.uri);
  });

  notebooks.onDidOpen((notebook) => {
    openNotebooks.add(notebook.uri);
    schedule(notebook.uri, 0);
  });

  notebooks.onDidSave((notebook) => schedule(notebook.uri, 0));
  notebooks.onDidClose((notebook) => {
    openNotebooks.delete(notebook.uri);
    forget(notebook.uri);
  });

  connection.onHover(({ textDocument, position }) => {
    const located = locate(textDocument.uri);
    if (!located) return null;
    const { entry, unitIndex } = located;
    const unit = entry.snapshot.units[unitIndex];
    const inUnit = <T extends { location: { cell?: number } }>(items: T[]) => items.filter((item) => item.location.cell === unit.cell);
    const hover = hoverAt(inUnit([...entry.result.findings, ...entry.duplicates]), entry.result.directives[unitIndex] ?? [], position, inUnit(entry.result.notes));
    if (hover || unit.isOpaque) return hover;
    // No finding here: is it a call or import that is evidence of a practice (the practice lens)?
    const codeUnits = entry.snapshot.units.filter((other) => !other.isOpaque).map((other) => cache.get(other.text));
    const hit = practiceLensAt(cache.get(unit.text).tree.rootNode, position, documentAliases(codeUnits));
    return hit ? lensHover(hit) : null;
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const located = locate(textDocument.uri);
    if (!located) return [];
    const { entry, unitIndex } = located;
    const labelOf = (uri: string) => {
      const cellIndex = entry.cellUris.indexOf(uri);
      return cellIndex >= 0 ? `cell ${cellIndex + 1}` : (uri.split('/').pop() ?? uri);
    };
    const takenNames = () =>
      new Set(entry.snapshot.units.flatMap((unit) => bindUnit(cache.get(unit.text).tree.rootNode).events.filter((event) => event.kind === 'bind').map((event) => event.name)));
    const uriOfCell = (cell: number | undefined) => (cell === undefined ? entry.unitUris[0] : entry.cellUris[cell]);
    const notebookUnits = entry.snapshot.kind === 'notebook' ? () => entry.snapshot.units.map((unit, index) => ({ uri: entry.unitUris[index], source: unit.source })) : undefined;
    return codeActionsFor(context.diagnostics, editableUnit(entry, unitIndex), editableUnit(entry, 0), { labelOf, takenNames, uriOfCell, notebookUnits });
  });

  connection.onRequest(PRACTICE_CARD_REQUEST, async ({ id }: { id: string }) => {
    await ready;
    const practice = getPractice(id);
    return {
      title: practice.title,
      markdown: renderPracticeCard(practice, { relatedLink: (relatedId) => commandLink(SHOW_PRACTICE_COMMAND, [relatedId]) }),
    };
  });

  // The self-assessment of a workspace folder. Evidence is kept per folder, so that answering the
  // questions (`answers`, with `reuse: true`) decides again without rescanning the workspace.
  const collectedByFolder = new Map<string, Collected>();
  connection.onRequest(ASSESS_REQUEST, async (params: AssessParams, token) => {
    await ready;
    const root = fileURLToPath(params.folder);
    const settings = await settingsFor(pathToFileURL(join(root, 'pyproject.toml')).href);
    const options: AssessOptions = {
      root,
      settings,
      version: productVersion,
      ...(params.answers ? { answers: { version: 1 as const, answers: params.answers } } : {}),
      // The evidence of unchanged files is kept beside the duplicate-code index (never in the workspace).
      cacheDirectory,
      log,
      onProgress: (done, total) => void connection.sendNotification(ASSESS_PROGRESS_NOTIFICATION, { folder: params.folder, done, total }),
      isCancelled: () => token.isCancellationRequested,
    };
    let collected = params.reuse ? collectedByFolder.get(root) : undefined;
    if (!collected) {
      const started = performance.now();
      try {
        collected = await collectWorkspace(options);
      } catch (error) {
        if (error instanceof AssessmentCancelled) return new ResponseError(LSPErrorCodes.RequestCancelled, 'the assessment was cancelled');
        throw error;
      }
      log(`assessment of ${root}: ${collected.files.total} files in ${(performance.now() - started).toFixed(0)} ms (Python files and notebooks whose evidence came from the cache: ${collected.fromCache})`);
      collectedByFolder.set(root, collected);
    }
    return decideWorkspace(collected, options);
  });

  connection.onRequest(PRACTICE_LIST_REQUEST, async () => {
    await ready;
    return [...loadCatalog().practices.values()].map(({ id, title, category }) => ({ id, title, category }));
  });

  files.listen(connection);
  // NotebookDocuments does not report a change that only moves cells (no cell opened, closed or edited),
  // yet a move changes which names are defined above which cell. So it listens through a facade that
  // also triggers an analysis after every notebook change it has applied.
  const synchronization = connection.notebooks.synchronization;
  const notebookConnection = {
    notebooks: {
      synchronization: {
        onDidOpenNotebookDocument: synchronization.onDidOpenNotebookDocument,
        onDidSaveNotebookDocument: synchronization.onDidSaveNotebookDocument,
        onDidCloseNotebookDocument: synchronization.onDidCloseNotebookDocument,
        onDidChangeNotebookDocument: (handler: Parameters<typeof synchronization.onDidChangeNotebookDocument>[0]) =>
          synchronization.onDidChangeNotebookDocument(async (params) => {
            await handler(params);
            void onEdit(params.notebookDocument.uri);
          }),
      },
    },
  };
  notebooks.listen(notebookConnection as unknown as Connection);
  connection.listen();
}

declare const ML_PRACTICES_VERSION: string | undefined;

process.on('uncaughtException', (error) => {
  // Keep serving: one bad document must not take the editor's diagnostics down with it.
  console.error(`ml-practices: uncaught exception: ${error.stack ?? error.message}`);
});

startServer(createConnection(ProposedFeatures.all));
