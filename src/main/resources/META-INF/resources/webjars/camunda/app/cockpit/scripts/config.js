// Årshjul's Cockpit: Årshjul's name in the header; Cockpit's own texts stay English (see README).
// Årshjul's plugin (scripts/aarshjul-cockpit.js) adds, in Danish, where each plan is stuck: the
// tabs "Hvor er planerne?" and "Afsluttede årshjul" on a process definition, a heat map on its
// diagram, and the tab "Årshjul" on a process instance.
export default {
  // Årshjul's sign-in instead of the webapp's own login form (/js/camunda-sign-in.js)
  customScripts: ['../../../js/camunda-sign-in'],
  app: {
    name: 'Cockpit',
    vendor: 'Årshjul'
  },
  customScripts: ['scripts/aarshjul-cockpit']
};
