import { writeFileSync } from 'node:fs';
import { collectInputs } from '../../ingest/readInputs.js';
import { analyzeCorpus } from '../../pipeline.js';
import { renderReport } from '../../report/html/renderReport.js';
import { type Command, UsageError } from '../command.js';
import { parseArgs } from '../parseArgs.js';
import { progressBar } from '../progress.js';

export const command: Command = {
  name: 'report',
  summary: 'Analyse files or folders and write one self-contained HTML report (opens offline)',
  usage: 'recoupe report PATH... [-o report.html] [--title TEXT]',
  async run(args, io) {
    const { values, positionals } = parseArgs(args, {
      output: { type: 'string', short: 'o', default: 'report.html' },
      title: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('give at least one file or folder');
    const { raws, problems } = await collectInputs(positionals);
    for (const problem of problems) io.err(`warning: ${problem.file}: ${problem.message}`);
    if (raws.length === 0) {
      io.err('recoupe report: nothing could be analysed');
      return 1;
    }
    const progress = progressBar(io, 'analysing');
    const analysis = analyzeCorpus(raws, { problems, onProgress: progress.update });
    progress.done();
    const page = renderReport(analysis, { title: values.title, generatedAt: new Date().toISOString() });
    writeFileSync(values.output, page);
    io.err(`wrote ${values.output}: ${analysis.events.length} events, ${analysis.conflicts.length} conflicts`);
    return 0;
  },
};
