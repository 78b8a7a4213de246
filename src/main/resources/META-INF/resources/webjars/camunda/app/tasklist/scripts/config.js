// Årshjul's Tasklist: Danish by default (English stays available), Årshjul's name in the header.
export default {
  // Årshjul's sign-in instead of the webapp's own login form (/js/camunda-sign-in.js); the date
  // pickers in Danish order with Monday first (scripts/danish-dates.js says why a script); a date
  // that does not exist said so beside its field (scripts/impossible-dates.js)
  customScripts: ['../../../js/camunda-sign-in', 'scripts/danish-dates', 'scripts/impossible-dates'],
  app: {
    name: 'Opgaver',
    vendor: 'Årshjul'
  },
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tager den valgte opgave'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flytter fokus til det første filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flytter fokus til den første opgave i listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flytter fokus til det første felt i opgavens formular'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åbner vinduet til at starte en proces'
    }
  }
};
