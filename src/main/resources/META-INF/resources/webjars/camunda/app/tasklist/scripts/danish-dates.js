// Tasklist's date pickers in Danish order (dd.mm.åååå) with the week from Monday, as a municipal
// leader reads a calendar. Loaded by config.js (customScripts), i.e. Camunda's supported
// customisation: Tasklist 7.24 imports custom scripts after its own modules are loaded (so the
// bundled flatpickr has put itself on window) and bootstraps AngularJS only once they have run.
//
// Why here and not in config.js alone: config.js's dateFormat only sets moment formats for showing
// dates. Tasklist 7.24 renders Camunda Forms with form-js 1.8.7, which creates the Form without any
// locale and makes each datetime field a flatpickr 4.6.13 picker whose format comes from the
// browser's Intl default (a Danish browser: 5.6.2027, an English one: 6/5/2027) and whose week
// starts on Sunday (flatpickr's built-in English). Its own pickers for a task's follow-up and due
// date are angular-ui-bootstrap 2.5 datepickers, which take their names and first weekday from
// AngularJS's $locale — en-us, Sunday first — whatever language Tasklist speaks. Neither has a
// Tasklist setting. So this script sets both libraries' own defaults: the order and Monday first
// for everybody (a Danish municipality's calendar), the names in the language Tasklist speaks.

const DANISH_DAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const DANISH_DAYS_SHORT = ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'];
const DANISH_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august',
  'september', 'oktober', 'november', 'december'];
const DANISH_MONTHS_SHORT = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.',
  'okt.', 'nov.', 'dec.'];

// Tasklist's language (da or en) as $translate last settled it; Danish is Tasklist's fallback.
let tasklistSpeaksDanish = true;

// flatpickr's locale object: the whole Danish vocabulary, or only the week's start in English.
function flatpickrLocale() {
  if (!tasklistSpeaksDanish) {
    return { firstDayOfWeek: 1 };
  }
  return {
    weekdays: { shorthand: DANISH_DAYS_SHORT, longhand: DANISH_DAYS },
    months: { shorthand: DANISH_MONTHS_SHORT, longhand: DANISH_MONTHS },
    firstDayOfWeek: 1,
    ordinal: () => '.',
    rangeSeparator: ' til ',
    weekAbbreviation: 'uge',
    scrollTitle: 'Rul for at ændre',
    toggleTitle: 'Klik for at skifte',
    monthAriaLabel: 'Måned',
    yearAriaLabel: 'År',
    time_24hr: true
  };
}

// form-js passes its own dateFormat to every picker it makes, which flatpickr's defaults cannot
// override; a plugin's onParseConfig runs after form-js's options are merged and before the locale
// and the parser are set up, so typed dates ("24.04.2027", also "24.4.2027") are read in the same
// order as they are shown. form-js keeps the value as ÅÅÅÅ-MM-DD, so the server sees no change.
// flatpickr reads a typed day that does not exist as another (31.02.2027 as 03.03.2027), which the
// person would not notice; such a day is no date at all, and impossible-dates.js says so beside the field.
// Everything else is read as flatpickr reads it.
function strictly(text, format) {
  const parts = typeof text === 'string' ? /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text) : null;
  if (parts) {
    const date = new Date(+parts[3], +parts[2] - 1, +parts[1]);
    return date.getDate() === +parts[1] && date.getMonth() === +parts[2] - 1 ? date : undefined;
  }
  // flatpickr's own reader without this config (whose parseDate is this function)
  return window.flatpickr.parseDate(text, format);
}

function danishDateOrder() {
  return {
    onParseConfig() {
      this.config.dateFormat = 'd.m.Y';
      this.config.parseDate = strictly;
      this.config.ariaDateFormat = 'j. F Y';
      this.config.locale = flatpickrLocale();
    },
    onReady() {
      // form-js's placeholder spells the browser's Intl order (mm/dd/yyyy in an English browser)
      this.input.placeholder = tasklistSpeaksDanish ? 'dd.mm.åååå' : 'dd.mm.yyyy';
    }
  };
}

if (window.flatpickr) {
  window.flatpickr.setDefaults({ plugins: [danishDateOrder] });
} else {
  console.error('Årshjul: Tasklist has no flatpickr; form dates keep the browser\'s order');
}

// angular-ui-bootstrap reads startingDay when a datepicker is made and formats names through
// AngularJS's date filter, which reads $locale on every call: so Monday first is set once, and the
// Danish names are swapped in and out as Tasklist's language settles or changes.
window.angular.module('cam.tasklist.custom').run([
  '$rootScope', '$translate', '$locale', 'uibDatepickerConfig',
  function ($rootScope, $translate, $locale, datepickerConfig) {
    datepickerConfig.startingDay = 1;
    const formats = $locale.DATETIME_FORMATS;
    const english = {
      DAY: formats.DAY, SHORTDAY: formats.SHORTDAY, MONTH: formats.MONTH,
      SHORTMONTH: formats.SHORTMONTH, STANDALONEMONTH: formats.STANDALONEMONTH
    };
    const danish = {
      DAY: DANISH_DAYS, SHORTDAY: DANISH_DAYS_SHORT, MONTH: DANISH_MONTHS,
      SHORTMONTH: DANISH_MONTHS_SHORT, STANDALONEMONTH: DANISH_MONTHS
    };
    const follow = () => {
      tasklistSpeaksDanish = ($translate.use() || $translate.proposedLanguage() || 'da') !== 'en';
      Object.assign(formats, tasklistSpeaksDanish ? danish : english);
    };
    follow();
    $rootScope.$on('$translateChangeSuccess', follow);
  }
]);
