/*
 * The admin dashboard's chart of sign-ups and sign-ins per day. It reads
 * the page's JSON data element, draws a line chart, then leaves the table
 * of the same numbers to screen readers only. Chart.js sizes its canvas
 * through the CSSOM, which the strict Content-Security-Policy allows.
 */
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'

Chart.register(
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip
)

const darkScheme = window.matchMedia('(prefers-color-scheme: dark)')
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)')

/** The chart follows the page's palette (CSS variables), light or dark. */
function palette() {
  const styles = getComputedStyle(document.documentElement)
  const color = (name) => styles.getPropertyValue(name).trim()
  return {
    text: color('--muted'),
    grid: color('--border'),
    lines: [color('--chart-1'), color('--chart-2')],
  }
}

function applyPalette(chart) {
  const colors = palette()
  chart.options.color = colors.text
  for (const axis of Object.values(chart.options.scales)) {
    axis.ticks.color = colors.text
    axis.grid.color = colors.grid
  }
  chart.data.datasets.forEach((dataset, index) => {
    dataset.borderColor = colors.lines[index]
    dataset.backgroundColor = colors.lines[index]
  })
}

/** Draws the chart inside `container` (an element with `data-chart="<JSON element id>"`). */
export function drawChart(container) {
  const dataId = container.dataset.chart
  const data = JSON.parse(document.getElementById(dataId).textContent)
  const lang = document.documentElement.lang || 'en'
  const dayLabel = new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })

  container.hidden = false
  const chart = new Chart(container.querySelector('canvas'), {
    type: 'line',
    data: {
      labels: data.days.map((day) => dayLabel.format(new Date(`${day}T00:00:00Z`))),
      datasets: data.series.map((series) => ({
        label: series.label,
        data: series.values,
        borderWidth: 2,
        pointRadius: 2,
        tension: 0.2,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion.matches ? false : undefined,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { maxRotation: 0, autoSkipPadding: 12 }, grid: {} },
        y: { beginAtZero: true, ticks: { precision: 0 }, grid: {} },
      },
    },
  })
  applyPalette(chart)
  chart.update()
  darkScheme.addEventListener('change', () => {
    applyPalette(chart)
    chart.update()
  })

  document.querySelector(`[data-chart-table="${dataId}"]`)?.classList.add('visually-hidden')
}
