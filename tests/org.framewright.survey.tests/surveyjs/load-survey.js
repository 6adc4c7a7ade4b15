// Loads a SurveyJS JSON file into survey-core's Model, as a SurveyJS form would, and prints what the library
// understood: its JSON errors, the pages, and every question (matrix rows in every locale asked for) as JSON.
// Usage: node load-survey.js FILE [LOCALE...]
'use strict';
const fs = require('fs');
const { Model } = require('survey-core');

const [file, ...locales] = process.argv.slice(2);
const model = new Model(JSON.parse(fs.readFileSync(file, 'utf8')));
const questions = model.getAllQuestions().map((question) => {
  const described = { name: question.name, type: question.getType(), required: question.isRequired, title: {} };
  if (question.getType() === 'matrix') {
    described.columns = question.columns.map((column) => column.value);
    described.rows = question.rows.map((row) => ({ value: row.value, text: {} }));
  }
  for (const locale of ['', ...locales]) {
    model.locale = locale;
    described.title[locale || 'default'] = question.title;
    (described.rows || []).forEach((row, i) => { row.text[locale || 'default'] = question.rows[i].text; });
  }
  model.locale = '';
  return described;
});
const errors = (model.jsonErrors || []).map((error) => error.message);
process.stdout.write(JSON.stringify({ errors, pages: model.pages.length, questions }));
