// Årshjul's Administration: Årshjul's name in the header; the texts stay English (see README).
export default {
  // Årshjul's sign-in instead of the webapp's own login form (/js/camunda-sign-in.js)
  customScripts: ['../../../js/camunda-sign-in'],
  app: {
    name: 'Administration',
    vendor: 'Årshjul'
  }
};
