// Årshjul's Cockpit: Danish by default (English stays available), Årshjul's name in the header.
// Årshjul's plugin (scripts/aarshjul-cockpit.js) adds, in Danish, where each plan is stuck: the
// tabs "Hvor er planerne?" and "Afsluttede årshjul" on a process definition, a heat map on its
// diagram, and the tab "Årshjul" on a process instance.
export default {
  // Årshjul's sign-in instead of the webapp's own login form (/js/camunda-sign-in.js), and the plugin
  customScripts: ['../../../js/camunda-sign-in', 'scripts/aarshjul-cockpit'],
  app: {
    name: 'Cockpit',
    vendor: 'Årshjul'
  },
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  }
};
