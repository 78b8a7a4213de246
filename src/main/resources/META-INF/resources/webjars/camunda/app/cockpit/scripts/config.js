// Årshjul's Cockpit: Årshjul's name in the header; the texts stay English (see README).
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Årshjul'
  }
};
