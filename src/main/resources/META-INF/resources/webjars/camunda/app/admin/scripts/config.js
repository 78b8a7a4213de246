// Årshjul's Administration: Danish by default (English stays available), Årshjul's name in the header.
export default {
  // Årshjul's sign-in instead of the webapp's own login form (/js/camunda-sign-in.js)
  customScripts: ['../../../js/camunda-sign-in'],
  app: {
    name: 'Administration',
    vendor: 'Årshjul'
  },
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  }
};
