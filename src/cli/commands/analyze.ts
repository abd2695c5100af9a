import { collectInputs } from '../../ingest/readInputs.js';
import { analyzeCorpus } from '../../pipeline.js';
import { buildReport } from '../../report/buildReport.js';
import { type Command, UsageError } from '../command.js';
import { formatReport } from '../format/formatReport.js';
import { parseArgs } from '../parseArgs.js';
import { progressBar } from '../progress.js';
import { packageVersion } from '../../version.js';

export const command: Command = {
  name: 'analyze',
  summary: 'Analyse files or folders without a store; print the events (or --json, the full report)',
  usage: 'recoupe analyze PATH... [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs(args, { json: { type: 'boolean', default: false } });
    if (positionals.length === 0) throw new UsageError('give at least one file or folder');
    const { raws, problems } = await collectInputs(positionals);
    for (const problem of problems) io.err(`warning: ${problem.file}: ${problem.message}`);
    if (raws.length === 0) {
      io.err('recoupe analyze: nothing could be analysed');
      return 1;
    }
    const progress = progressBar(io, 'analysing');
    const analysis = analyzeCorpus(raws, { problems, onProgress: progress.update });
    progress.done();
    for (const article of analysis.articles) {
      for (const note of article.notes.filter((n) => n.rule === 'stage-failed')) io.err(`warning: ${article.file}: ${note.message}`);
    }
    const report = buildReport(analysis, packageVersion());
    io.out(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  },
};
