// Årshjul's welcome page: Danish by default (English stays available), Årshjul's name in the header.
export default {
  app: {
    name: 'Velkommen',
    vendor: 'Årshjul'
  },
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  }
};
