// Drop articles in (or pick them): text, HTML, JSON, JSONL, RSS/Atom. Files go up in requests
// of a few megabytes, each analysed and stored before the next, with progress for both steps;
// the new articles are in every page as soon as their request returns.
import { useRef, useState } from 'preact/hooks';
import { ApiError, uploadFiles, type IngestReport } from '../api.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';

const REQUEST_BYTES = 8 * 1024 * 1024;
const REQUEST_FILES = 50;
const TOKEN_KEY = 'recoupe.token';

interface Progress {
  files: number;
  filesDone: number;
  bytes: number;
  bytesSent: number;
  phase: 'uploading' | 'analysing' | 'done' | 'failed';
}

export function IngestPage() {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [reports, setReports] = useState<IngestReport[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [needsToken, setNeedsToken] = useState(false);
  const busy = progress?.phase === 'uploading' || progress?.phase === 'analysing';

  const send = async (files: File[]) => {
    if (files.length === 0 || busy) return;
    setError(null);
    setReports([]);
    const total = files.reduce((n, f) => n + f.size, 0);
    const state: Progress = { files: files.length, filesDone: 0, bytes: total, bytesSent: 0, phase: 'uploading' };
    setProgress({ ...state });
    for (const chunk of chunks(files)) {
      const before = state.bytesSent;
      try {
        const report = await uploadFiles(chunk, token, (sent) => {
          state.bytesSent = before + sent;
          state.phase = sent >= chunk.reduce((n, f) => n + f.size, 0) ? 'analysing' : 'uploading';
          setProgress({ ...state });
        });
        state.filesDone += chunk.length;
        state.bytesSent = before + chunk.reduce((n, f) => n + f.size, 0);
        setProgress({ ...state });
        setReports((previous) => [...previous, report]);
      } catch (failure) {
        if (failure instanceof ApiError && failure.status === 401) setNeedsToken(true);
        setError((failure as Error).message);
        setProgress({ ...state, phase: 'failed' });
        return;
      }
    }
    setProgress({ ...state, phase: 'done' });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void send([...(event.dataTransfer?.files ?? [])]);
  };
  const summary = mergeReports(reports);

  return (
    <section>
      <h1>{t('ingestTitle')}</h1>
      <p>{t('ingestHelp')}</p>
      <div
        class={`dropzone${dragging ? ' dragging' : ''}`}
        role="button"
        tabIndex={0}
        aria-label={t('dropHere')}
        aria-disabled={busy}
        onClick={() => input.current?.click()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            input.current?.click();
          }
        }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <strong>{t('dropHere')}</strong>
        <span class="muted">{t('orPick')}</span>
      </div>
      <input
        ref={input}
        type="file"
        multiple
        class="visually-hidden"
        data-testid="file-input"
        accept=".txt,.text,.md,.html,.htm,.json,.jsonl,.ndjson,.xml,.rss,.atom"
        onChange={(event) => {
          const target = event.currentTarget;
          void send([...(target.files ?? [])]).then(() => (target.value = ''));
        }}
      />
      {(needsToken || token) && (
        <label>
          {t('token')}
          <input
            type="password"
            value={token}
            autocomplete="off"
            onInput={(event) => {
              const value = event.currentTarget.value;
              setToken(value);
              sessionStorage.setItem(TOKEN_KEY, value);
            }}
          />
        </label>
      )}
      {progress && <ProgressView progress={progress} />}
      {error && (
        <div class="error" role="alert">
          {error}
        </div>
      )}
      {reports.length > 0 && <ReportView report={summary} />}
    </section>
  );
}

function ProgressView({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  const label =
    progress.phase === 'done'
      ? t('ingestDone', { count: progress.files })
      : progress.phase === 'failed'
        ? t('ingestFailed', { done: progress.filesDone, count: progress.files })
        : t(progress.phase === 'uploading' ? 'uploading' : 'analysing', { done: progress.filesDone, count: progress.files });
  // Upload counts for the first half of the bar, analysis for the second.
  const value = progress.files === 0 ? 1 : (progress.bytesSent / Math.max(1, progress.bytes) + progress.filesDone / progress.files) / 2;
  return (
    <div class="ingest-progress" aria-live="polite">
      <progress value={progress.phase === 'done' ? 1 : value} max={1} aria-label={label} />
      <p data-testid="ingest-status">{label}</p>
    </div>
  );
}

function ReportView({ report }: { report: IngestReport }) {
  const { t } = useI18n();
  return (
    <article class="ingest-report" data-testid="ingest-report">
      <p>
        {t('ingestAdded', { count: report.added.length })}
        {report.skipped.length > 0 && <> · {t('ingestSkipped', { count: report.skipped.length })}</>}
      </p>
      {report.events.length > 0 && (
        <p>
          {t('eventsTouched')}{' '}
          {report.events.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <Link href={`/events/${encodeURIComponent(id)}`}>{id}</Link>
            </span>
          ))}
        </p>
      )}
      {[...report.problems, ...report.failed, ...report.degraded].length > 0 && (
        <details open>
          <summary>{t('problems', { count: report.problems.length + report.failed.length + report.degraded.length })}</summary>
          <ul>
            {[...report.problems, ...report.failed, ...report.degraded].map((problem, i) => (
              <li key={i}>
                <code>{problem.file}</code> {problem.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

function chunks(files: File[]): File[][] {
  const out: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (bytes + file.size > REQUEST_BYTES || current.length >= REQUEST_FILES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function mergeReports(reports: IngestReport[]): IngestReport {
  return {
    read: reports.reduce((n, r) => n + r.read, 0),
    added: reports.flatMap((r) => r.added),
    skipped: reports.flatMap((r) => r.skipped),
    failed: reports.flatMap((r) => r.failed),
    degraded: reports.flatMap((r) => r.degraded),
    renamed: reports.flatMap((r) => r.renamed),
    events: [...new Set(reports.flatMap((r) => r.events))],
    problems: reports.flatMap((r) => r.problems),
  };
}
