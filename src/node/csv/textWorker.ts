/**
 * Worker-thread entry of `scoreCsv({ workers })`: scores the texts of a batch of rows with
 * `scoreText` and either formats the rows (row output: the same formatter as on the main thread,
 * so the same bytes) or returns what the customer scorer reads of each text. Built as its own
 * tsup entry (dist/node/textWorker.js and .cjs); run from source under tsx.
 */
import { parentPort } from 'node:worker_threads';
import { scoreText } from '../../text/scoreText';
import { rowFormatter } from './rowOutput';
import type { TextJob, TextSetup, TextReply, TextEssentials } from './textPool';

if (parentPort) {
  const port = parentPort;
  let setup: TextSetup | undefined;
  port.on('message', (m: TextSetup | TextJob) => {
    if (m.type === 'setup') {
      setup = m;
      return;
    }
    let reply: TextReply;
    try {
      if (setup === undefined) throw new Error('a batch came before the setup');
      if (setup.mode === 'rows') {
        // A fresh formatter per batch: the main thread joins batches (JSON separators) in order.
        const format = rowFormatter(setup.header, setup.format, setup.delimiter);
        let out = '';
        for (let i = 0; i < m.texts.length; i++) out += format.row(m.lines[i]!, m.cells[i]!, scoreText(m.texts[i]!, setup.text));
        reply = { id: m.id, ok: true, text: out };
      } else {
        const readings: (TextEssentials | null)[] = new Array(m.texts.length);
        for (let i = 0; i < m.texts.length; i++) {
          const t = m.texts[i]!;
          if (t.trim() === '') readings[i] = null;
          else {
            const r = scoreText(t, setup.text);
            readings[i] = { energy: r.energy, confidence: r.confidence, traits: r.traits, emotions: r.emotions };
          }
        }
        reply = { id: m.id, ok: true, readings };
      }
    } catch (e) {
      const err = e as { message?: unknown; code?: unknown; path?: unknown };
      reply = {
        id: m.id,
        ok: false,
        message: e instanceof Error ? e.message : String(e),
        ...(typeof err?.code === 'string' ? { code: err.code } : {}),
        ...(Array.isArray(err?.path) ? { path: err.path as (string | number)[] } : {}),
      };
    }
    port.postMessage(reply);
  });
}
