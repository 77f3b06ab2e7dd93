// Draws a Chart.js chart on each canvas[data-chart-table] from the table it names: the labels
// are the rows' header cells, the values the data-value attributes of the column given by
// data-chart-column (1 = the first data column). The table stays in the page as the chart's text
// alternative; the canvas carries an aria-label summary written by the server.
(() => {
	const palette = ['#1f5fa8', '#b3541e', '#2d7d46', '#6b4fa0', '#8a6d00', '#a02b57', '#3d6e70'];

	function series(table, column) {
		const labels = [];
		const values = [];
		for (const row of table.tBodies[0].rows) {
			const cell = row.cells[column];
			if (!cell) {
				continue;
			}
			labels.push(row.cells[0].textContent.trim());
			const raw = cell.dataset.value;
			values.push(raw === undefined || raw === '' ? null : Number(raw));
		}
		return { labels, values };
	}

	function draw(canvas) {
		const table = document.getElementById(canvas.dataset.chartTable);
		if (!table || typeof Chart === 'undefined') {
			return;
		}
		const column = Number(canvas.dataset.chartColumn || '1');
		const { labels, values } = series(table, column);
		const name = table.tHead.rows[0].cells[column].textContent.trim();
		const colour = palette[column % palette.length];
		new Chart(canvas, {
			type: canvas.dataset.chartType || 'bar',
			data: {
				labels,
				datasets: [{ label: name, data: values, backgroundColor: colour, borderColor: colour, spanGaps: true }],
			},
			options: {
				animation: false,
				maintainAspectRatio: false,
				plugins: { legend: { display: false } },
				scales: { y: { beginAtZero: true } },
			},
		});
	}

	function drawAll() {
		document.querySelectorAll('canvas[data-chart-table]').forEach(draw);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', drawAll);
	}
	else {
		drawAll();
	}
})();
