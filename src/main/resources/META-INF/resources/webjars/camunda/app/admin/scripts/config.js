// Årshjul's Administration: Årshjul's name in the header; the texts stay English (see README).
export default {
  app: {
    name: 'Administration',
    vendor: 'Årshjul'
  }
};
