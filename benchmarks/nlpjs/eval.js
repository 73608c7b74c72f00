// Trains nlp.js on TRAIN and scores TEST (label<TAB>text), printing the same headline figures as
// `helpbot nlu eval --json`. Out of scope: nlp.js answers 'None' below its own threshold, and rows
// labelled OOS_LABEL in TRAIN are trained as a class, as the helpbot side does.
const fs = require('fs');
const { Nlp } = require('@nlpjs/nlp');
const { LangEn } = require('@nlpjs/lang-en-min');

const [trainFile, testFile, oosLabel = 'oos'] = process.argv.slice(2);
const read = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())
  .map((line, i) => {
    const tab = line.indexOf('\t');
    if (tab < 1) throw new Error(`${file}:${i + 1}: expected label<TAB>text`);
    return { label: line.slice(0, tab), text: line.slice(tab + 1) };
  });

(async () => {
  const nlp = new Nlp({ languages: ['en'], autoSave: false, nlu: { log: false } });
  nlp.use(LangEn);
  for (const row of read(trainFile)) nlp.addDocument('en', row.text, row.label);
  const trainStart = Date.now();
  await nlp.train();
  const trainMs = Date.now() - trainStart;

  const test = read(testFile);
  let inScope = 0; let inScopeCorrect = 0; let oos = 0; let oosCaught = 0; let predictedOos = 0;
  const classifyStart = process.hrtime.bigint();
  for (const row of test) {
    const result = await nlp.process('en', row.text);
    const predicted = result.intent === 'None' ? oosLabel : result.intent;
    if (predicted === oosLabel) predictedOos += 1;
    if (row.label === oosLabel) {
      oos += 1;
      if (predicted === oosLabel) oosCaught += 1;
    } else {
      inScope += 1;
      if (predicted === row.label) inScopeCorrect += 1;
    }
  }
  const seconds = Number(process.hrtime.bigint() - classifyStart) / 1e9;
  console.log(JSON.stringify({
    system: 'nlp.js 4.27.0',
    in_scope_accuracy: inScopeCorrect / inScope,
    oos_recall: oos ? oosCaught / oos : null,
    oos_precision: predictedOos ? oosCaught / predictedOos : null,
    train_ms: trainMs,
    classify_per_sec: test.length / seconds,
  }));
})();
