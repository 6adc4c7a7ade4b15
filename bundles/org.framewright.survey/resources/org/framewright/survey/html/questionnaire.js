/*
 * The standalone questionnaire: one page at a time, required answers checked before going on, every text in the
 * chosen language, and the answers saved as a CSV file. The researcher's texts come from the JSON element fw-data
 * and are only ever set as text content, never parsed as markup.
 */
(function () {
	'use strict';

	const data = JSON.parse(document.getElementById('fw-data').textContent);
	const form = document.getElementById('fw-form');
	const pages = Array.from(form.querySelectorAll('.page'));
	const back = document.getElementById('fw-back');
	const next = document.getElementById('fw-next');
	const problems = document.getElementById('fw-problems');
	const picker = document.getElementById('fw-language');
	let current = 0;

	/* Randomised sections: the rows under a data-shuffle element in a new order for each respondent. */
	function shuffleRows() {
		document.querySelectorAll('[data-shuffle]').forEach(function (parent) {
			const rows = Array.from(parent.children);
			for (let i = rows.length - 1; i > 0; i--) {
				const j = Math.floor(Math.random() * (i + 1));
				[rows[i], rows[j]] = [rows[j], rows[i]];
			}
			rows.forEach(function (row) { parent.appendChild(row); });
		});
	}

	function showPage(index, moveFocus) {
		clearProblems();
		pages.forEach(function (page, i) { page.hidden = i !== index; });
		current = index;
		back.hidden = index === 0;
		next.textContent = index === pages.length - 1 ? data.words.submit : data.words.next;
		if (moveFocus) {
			pages[index].querySelector('[tabindex="-1"]').focus();
		}
	}

	/* The answer to a question: a radio group's checked code, a field's text, '' if none. */
	function answer(name) {
		const field = form.elements.namedItem(name);
		if (field instanceof RadioNodeList) {
			return field.value;
		}
		if (field.type === 'radio' || field.type === 'checkbox') {
			return field.checked ? field.value : '';
		}
		return field.value.trim();
	}

	function isAnswered(question) {
		const name = question.dataset.name;
		const field = form.elements.namedItem(name);
		const valid = field instanceof RadioNodeList || field.validity.valid;
		return answer(name) !== '' && valid;
	}

	function unanswered(page) {
		return Array.from(page.querySelectorAll('.question[data-required]')).filter(function (question) {
			return !isAnswered(question);
		});
	}

	function clearProblems() {
		problems.replaceChildren();
		form.querySelectorAll('.missing').forEach(function (question) { question.classList.remove('missing'); });
	}

	/* The message naming the questions still to answer, in the language shown. */
	function listProblems(questions) {
		clearProblems();
		const intro = document.createElement('p');
		intro.textContent = data.words.problems;
		intro.lang = data.wordsLanguage;
		const list = document.createElement('ul');
		questions.forEach(function (question) {
			question.classList.add('missing');
			const item = document.createElement('li');
			item.textContent = document.getElementById(question.dataset.label).textContent;
			list.appendChild(item);
		});
		problems.append(intro, list);
	}

	/* Required questions left unanswered block the way on: they are named, and the first gets the focus. */
	function showProblems(questions) {
		listProblems(questions);
		questions[0].querySelector('input').focus();
	}

	/* RFC 4180: a field with a comma, quote, line break or surrounding space is quoted, its quotes doubled. */
	function csvField(value) {
		return /[",\r\n]|^\s|\s$/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
	}

	function csvLine(fields) {
		return fields.map(csvField).join(',') + '\r\n';
	}

	/* The answers as CSV: the variables as the header, then one row of codes (numbers as typed). */
	function responses() {
		return csvLine(data.variables) + csvLine(data.variables.map(answer));
	}

	function finish() {
		const link = document.getElementById('fw-download');
		link.href = URL.createObjectURL(new Blob([responses()], { type: 'text/csv;charset=utf-8' }));
		link.download = data.id + '-responses.csv';
		clearProblems();
		form.hidden = true;
		const thanks = document.getElementById('fw-thanks');
		thanks.hidden = false;
		thanks.focus();
		link.click();
	}

	function setLanguage(language) {
		const texts = data.texts[language];
		document.querySelectorAll('[data-text]').forEach(function (element) {
			element.textContent = texts[element.dataset.text];
		});
		document.documentElement.lang = language;
		document.documentElement.dir = data.directions[language];
		const missing = Array.from(form.querySelectorAll('.missing'));
		if (missing.length > 0) {
			listProblems(missing);
		}
	}

	form.addEventListener('submit', function (event) {
		event.preventDefault();
		const missing = unanswered(pages[current]);
		if (missing.length > 0) {
			showProblems(missing);
		} else if (current < pages.length - 1) {
			showPage(current + 1, true);
		} else {
			finish();
		}
	});
	form.addEventListener('change', function (event) {
		const question = event.target.closest('.question');
		if (question !== null && isAnswered(question)) {
			question.classList.remove('missing');
		}
	});
	back.addEventListener('click', function () { showPage(current - 1, true); });
	if (picker !== null) {
		picker.addEventListener('change', function () { setLanguage(picker.value); });
		if (picker.value !== data.language) {
			setLanguage(picker.value);
		}
	}
	shuffleRows();
	showPage(0, false);
})();
