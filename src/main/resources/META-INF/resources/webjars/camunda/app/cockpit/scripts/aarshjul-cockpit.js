// Årshjul's Cockpit plugin: where each plan is stuck, since when and with whom (issue 16).
// Registered from config.js (customScripts). Cockpit hands each plugin a DOM node (tabs) or the
// diagram's bpmn-js viewer (diagram plugin) and the id of the definition or instance on the page.
// The data comes from Årshjul's API under /api/cockpit, called with the browser's cookies (same
// origin): it answers whoever is signed in to Årshjul, and only process owners and administrators.
// Everything is built with textContent, never innerHTML: plan titles and names are data.

const appRoot = document.querySelector('base').getAttribute('app-root');
// Årshjul's own pages sit beside the webapps: /camunda/app/... -> /
const aarshjulRoot = appRoot.replace(/\/[^/]*$/, '');
const PAGE_SIZE = 20;

function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined) {
      element.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  });
  return element;
}

function day(instant) {
  return instant ? new Date(instant).toLocaleDateString('da-DK') : '–';
}

function moment(instant) {
  return instant
    ? new Date(instant).toLocaleString('da-DK', {dateStyle: 'short', timeStyle: 'short'})
    : '–';
}

function duration(millis) {
  if (millis === null || millis === undefined) {
    return '–';
  }
  const minutes = Math.round(millis / 60000);
  if (minutes < 60) {
    return minutes + ' min';
  }
  const hours = Math.round(minutes / 60);
  if (hours < 48) {
    return hours + ' t';
  }
  return Math.round(hours / 24) + ' dage';
}

function late(days) {
  return days > 0 ? (days === 1 ? '1 dag forsinket' : days + ' dage forsinket') : 'til tiden';
}

// Cockpit's links; the engine name is the one in Cockpit's own address
function cockpitInstance(api, id) {
  return `${appRoot}/app/cockpit/${api.engine}/#/process-instance/${id}/runtime`;
}

function tasklistTask(api, id) {
  return `${appRoot}/app/tasklist/${api.engine}/#/?task=${id}`;
}

function planPage(businessKey) {
  return `${aarshjulRoot}/aarshjul/${encodeURIComponent(businessKey)}`;
}

class Refused extends Error {}

async function read(path) {
  const response = await fetch(`${aarshjulRoot}/api/cockpit/${path}`, {
    credentials: 'same-origin',
    // As a script's call, not a page's, Spring Security answers a missing sign-in with a bare
    // 401: without this header it asks for HTTP Basic, and the browser opens a password dialog.
    headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
    redirect: 'manual'
  });
  if (response.type === 'opaqueredirect' || response.status === 401) {
    throw new Refused('Log ind i Årshjul i samme browser for at se planerne her.');
  }
  if (response.status === 403) {
    throw new Refused('Kun procesejere og administratorer kan se årshjulenes data.');
  }
  if (!response.ok) {
    throw new Error('Årshjul svarede ' + response.status);
  }
  return response.json();
}

function showProblem(node, error) {
  node.replaceChildren(
    el(
      'div',
      {class: 'alert alert-warning aarshjul-problem'},
      error instanceof Refused ? error.message : 'Årshjulets data kunne ikke hentes: ' + error.message,
      error instanceof Refused && error.message.startsWith('Log ind')
        ? [' ', el('a', {href: `${aarshjulRoot}/login`, target: '_blank'}, 'Log ind i Årshjul')]
        : null
    )
  );
}

function pager(page, total, size, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  const previous = el('button', {type: 'button', class: 'btn btn-default btn-sm'}, 'Forrige');
  const next = el('button', {type: 'button', class: 'btn btn-default btn-sm'}, 'Næste');
  previous.disabled = page === 0;
  next.disabled = page + 1 >= pages;
  previous.addEventListener('click', () => go(page - 1));
  next.addEventListener('click', () => go(page + 1));
  return el(
    'div',
    {class: 'aarshjul-pager'},
    previous,
    ' ',
    el('span', {}, `Side ${page + 1} af ${pages}`),
    ' ',
    next
  );
}

function table(className, headings, rows) {
  return el(
    'table',
    {class: 'cam-table aarshjul-table ' + className},
    el('thead', {}, el('tr', {}, headings.map(heading => el('th', {}, heading)))),
    el('tbody', {}, rows)
  );
}

function planCell(row) {
  return row.planCode
    ? [el('strong', {}, `${row.planCode} ${row.year}`), el('br'), row.planTitle || '']
    : [row.businessKey || '–'];
}

function renderWaiting(node, api, processDefinitionId, page) {
  read(`process-definitions/${encodeURIComponent(processDefinitionId)}/waiting?page=${page}&size=${PAGE_SIZE}`)
    .then(result => {
      if (result.total === 0) {
        node.replaceChildren(el('p', {class: 'aarshjul-empty'}, 'Ingen kørende instanser af denne proces.'));
        return;
      }
      const rows = result.rows.map(row =>
        el(
          'tr',
          {'data-instance': row.processInstanceId, 'data-key': row.businessKey},
          el('td', {}, planCell(row)),
          el('td', {class: 'aarshjul-phase'}, row.phase),
          el(
            'td',
            {},
            row.tasks.length === 0
              ? 'Ingen åbne opgaver'
              : el(
                  'ul',
                  {class: 'list-unstyled'},
                  row.tasks.map(task =>
                    el(
                      'li',
                      {'data-task': task.taskId},
                      el('a', {href: tasklistTask(api, task.taskId)}, task.name),
                      ` – hos ${task.heldBy || 'ingen'}`,
                      el('br'),
                      el('small', {}, `venter siden ${day(task.waitingSince)} · frist ${day(task.due)}`)
                    )
                  )
                )
          ),
          el('td', {}, day(row.waitingSince)),
          el('td', {class: row.daysLate > 0 ? 'aarshjul-late' : 'aarshjul-on-time'}, late(row.daysLate)),
          el(
            'td',
            {},
            el('a', {href: cockpitInstance(api, row.processInstanceId)}, 'Instansen'),
            row.businessKey ? [el('br'), el('a', {href: planPage(row.businessKey)}, 'Planens side')] : null
          )
        )
      );
      node.replaceChildren(
        el(
          'div',
          {class: 'aarshjul-waiting'},
          el('p', {}, `${result.total} kørende, de mest forsinkede først.`),
          table(
            'aarshjul-waiting-table',
            ['Plan og år', 'Fase', 'Åbne opgaver', 'Venter siden', 'Forsinket', 'Åbn'],
            rows
          ),
          pager(result.page, result.total, result.size, next => renderWaiting(node, api, processDefinitionId, next))
        )
      );
    })
    .catch(error => showProblem(node, error));
}

function renderEnded(node, api, processDefinitionId, page) {
  read(`process-definitions/${encodeURIComponent(processDefinitionId)}/ended?page=${page}&size=${PAGE_SIZE}`)
    .then(result => {
      if (result.total === 0) {
        node.replaceChildren(el('p', {class: 'aarshjul-empty'}, 'Ingen afsluttede instanser af denne proces endnu.'));
        return;
      }
      const rows = result.rows.map(row =>
        el(
          'tr',
          {'data-instance': row.processInstanceId, 'data-key': row.businessKey},
          el('td', {}, planCell(row)),
          el('td', {}, day(row.startedAt)),
          el('td', {}, day(row.endedAt)),
          el('td', {}, duration(row.durationMillis)),
          el('td', {}, row.slowestStep ? `${row.slowestStep} (${duration(row.slowestStepMillis)})` : '–'),
          el('td', {}, row.state === 'COMPLETED' ? 'gennemført' : 'afbrudt'),
          el('td', {}, el('a', {href: cockpitInstance(api, row.processInstanceId).replace('/runtime', '/history')}, 'Instansen'))
        )
      );
      node.replaceChildren(
        el(
          'div',
          {class: 'aarshjul-ended'},
          el('p', {}, `${result.total} afsluttede, de nyeste først.`),
          table(
            'aarshjul-ended-table',
            ['Plan og år', 'Startet', 'Afsluttet', 'Samlet varighed', 'Langsomste trin', 'Udfald', 'Åbn'],
            rows
          ),
          pager(result.page, result.total, result.size, next => renderEnded(node, api, processDefinitionId, next))
        )
      );
    })
    .catch(error => showProblem(node, error));
}

function renderTimeline(node, api, processInstanceId) {
  read(`process-instances/${encodeURIComponent(processInstanceId)}/timeline`)
    .then(timeline => {
      const sections = [
        el(
          'h4',
          {},
          timeline.planCode ? `${timeline.planCode} ${timeline.year} – ${timeline.planTitle}` : timeline.businessKey || '',
          timeline.businessKey ? [' ', el('small', {}, el('a', {href: planPage(timeline.businessKey)}, 'Planens side'))] : null
        ),
        el('h5', {}, 'Faser'),
        table(
          'aarshjul-phases',
          ['Fase', 'Startet', 'Afsluttet', 'Varighed'],
          timeline.phases.map(phase =>
            el(
              'tr',
              {'data-activity': phase.activityId},
              el('td', {}, phase.name),
              el('td', {}, moment(phase.startedAt)),
              el('td', {}, phase.endedAt ? moment(phase.endedAt) : 'i gang'),
              el('td', {}, duration(phase.durationMillis))
            )
          )
        ),
        el('h5', {}, 'Trin undervejs'),
        timeline.steps.length === 0
          ? el('p', {}, 'Ingen opgaver er løst endnu.')
          : table(
              'aarshjul-steps',
              ['Opgave', 'Hvem', 'Startet', 'Løst', 'Varighed'],
              timeline.steps.map(step =>
                el(
                  'tr',
                  {},
                  el('td', {}, step.name),
                  el('td', {}, step.who || 'Årshjul'),
                  el('td', {}, moment(step.startedAt)),
                  el('td', {}, moment(step.endedAt)),
                  el('td', {}, duration(step.durationMillis))
                )
              )
            ),
        el('h5', {}, 'Åbne opgaver'),
        timeline.openTasks.length === 0
          ? el('p', {}, 'Ingen åbne opgaver.')
          : table(
              'aarshjul-open-tasks',
              ['Opgave', 'Hos', 'Venter siden', 'Ventetid', 'Frist', 'Forsinket', 'Eskaleringer'],
              timeline.openTasks.map(task =>
                el(
                  'tr',
                  {'data-task': task.taskId},
                  el('td', {}, el('a', {href: tasklistTask(api, task.taskId)}, task.name)),
                  el('td', {}, task.heldBy || 'ingen'),
                  el('td', {}, moment(task.waitingSince)),
                  el('td', {}, duration(task.waitingMillis)),
                  el('td', {}, day(task.due)),
                  el('td', {class: task.daysLate > 0 ? 'aarshjul-late' : 'aarshjul-on-time'}, late(task.daysLate)),
                  el(
                    'td',
                    {},
                    task.escalations.length === 0
                      ? 'ingen'
                      : task.escalations.map(escalation =>
                          el('div', {}, `${escalation.level}. eskalering til ${escalation.escalatedTo} (${day(escalation.escalatedAt)})`)
                        )
                  )
                )
              )
            )
      ];
      if (timeline.units.length > 0) {
        sections.push(
          el('h5', {}, 'Enhedernes oversættelse'),
          table(
            'aarshjul-units',
            ['Enhed', 'Status'],
            timeline.units.map(unit =>
              el('tr', {'data-unit': unit.unitId}, el('td', {}, unit.unit), el('td', {}, unit.state))
            )
          )
        );
      }
      node.replaceChildren(el('div', {class: 'aarshjul-timeline'}, sections));
    })
    .catch(error => showProblem(node, error));
}

// The heat map: a badge above each flow node where instances wait, red when one of them is late
function renderHeat(viewer, processDefinitionId) {
  read(`process-definitions/${encodeURIComponent(processDefinitionId)}/heat`)
    .then(heat => {
      const overlays = viewer.get('overlays');
      const elements = viewer.get('elementRegistry');
      heat
        .filter(node => elements.get(node.activityId))
        .forEach(node => {
          const badge = el(
            'div',
            {
              class: 'aarshjul-heat' + (node.late > 0 ? ' aarshjul-heat-late' : ''),
              'data-activity': node.activityId,
              'data-waiting': node.waiting,
              'data-late': node.late,
              title: `${node.name}: ${node.waiting} venter, gennemsnitlig ventetid ${duration(
                node.averageWaitingMillis
              )}, længst ${duration(node.maxWaitingMillis)}, ${node.late} forsinket`
            },
            el('div', {}, `${node.waiting} venter · ${node.late} forsinket`),
            el('div', {}, `Ø ${duration(node.averageWaitingMillis)} · maks ${duration(node.maxWaitingMillis)}`)
          );
          overlays.add(node.activityId, 'aarshjul-heat', {position: {top: -44, left: -10}, html: badge});
        });
    })
    // a user without Årshjul's data sees Cockpit's own diagram, unchanged
    .catch(() => {});
}

export default [
  {
    id: 'aarshjul-waiting',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 2,
    properties: {label: 'Hvor er planerne?'},
    render: (node, {api, processDefinitionId}) => renderWaiting(node, api, processDefinitionId, 0)
  },
  {
    id: 'aarshjul-ended',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 1,
    properties: {label: 'Afsluttede årshjul'},
    render: (node, {api, processDefinitionId}) => renderEnded(node, api, processDefinitionId, 0)
  },
  {
    id: 'aarshjul-heat',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    render: (viewer, {processDefinitionId}) => renderHeat(viewer, processDefinitionId)
  },
  {
    id: 'aarshjul-timeline',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 1,
    properties: {label: 'Årshjul'},
    render: (node, {api, processInstanceId}) => renderTimeline(node, api, processInstanceId)
  }
];
