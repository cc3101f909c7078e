/**
 * Cities in the Bulgarian forms news uses, with ISO 3166-1 alpha-2 codes and English names:
 * Bulgarian cities and the European (and a few North American) cities clusters travel to.
 */
const CITIES: Readonly<Record<string, readonly [country: string, english: string]>> = {
  София: ['BG', 'Sofia'], Пловдив: ['BG', 'Plovdiv'], Варна: ['BG', 'Varna'], Бургас: ['BG', 'Burgas'], Русе: ['BG', 'Ruse'], 'Стара Загора': ['BG', 'Stara Zagora'],
  Плевен: ['BG', 'Pleven'], Добрич: ['BG', 'Dobrich'], Сливен: ['BG', 'Sliven'], Шумен: ['BG', 'Shumen'], Перник: ['BG', 'Pernik'], Хасково: ['BG', 'Haskovo'],
  Благоевград: ['BG', 'Blagoevgrad'], 'Велико Търново': ['BG', 'Veliko Tarnovo'], Габрово: ['BG', 'Gabrovo'], Враца: ['BG', 'Vratsa'], Видин: ['BG', 'Vidin'],
  Монтана: ['BG', 'Montana'], Ловеч: ['BG', 'Lovech'], Смолян: ['BG', 'Smolyan'], Кърджали: ['BG', 'Kardzhali'], Пазарджик: ['BG', 'Pazardzhik'], Ямбол: ['BG', 'Yambol'],
  Търговище: ['BG', 'Targovishte'], Разград: ['BG', 'Razgrad'], Силистра: ['BG', 'Silistra'], Кюстендил: ['BG', 'Kyustendil'], Ботевград: ['BG', 'Botevgrad'],
  Солун: ['GR', 'Thessaloniki'], Атина: ['GR', 'Athens'], Патра: ['GR', 'Patras'], Кавала: ['GR', 'Kavala'],
  Брюксел: ['BE', 'Brussels'], Антверпен: ['BE', 'Antwerp'], Гент: ['BE', 'Ghent'], Лиеж: ['BE', 'Liège'], Брюж: ['BE', 'Bruges'],
  Виена: ['AT', 'Vienna'], Грац: ['AT', 'Graz'], Линц: ['AT', 'Linz'], Залцбург: ['AT', 'Salzburg'],
  Берлин: ['DE', 'Berlin'], Мюнхен: ['DE', 'Munich'], Хамбург: ['DE', 'Hamburg'], Франкфурт: ['DE', 'Frankfurt'], Кьолн: ['DE', 'Cologne'], Дюселдорф: ['DE', 'Düsseldorf'],
  Щутгарт: ['DE', 'Stuttgart'], Лайпциг: ['DE', 'Leipzig'], Дрезден: ['DE', 'Dresden'], Нюрнберг: ['DE', 'Nuremberg'],
  Париж: ['FR', 'Paris'], Лион: ['FR', 'Lyon'], Марсилия: ['FR', 'Marseille'], Страсбург: ['FR', 'Strasbourg'], Лил: ['FR', 'Lille'], Тулуза: ['FR', 'Toulouse'], Бордо: ['FR', 'Bordeaux'],
  Мадрид: ['ES', 'Madrid'], Барселона: ['ES', 'Barcelona'], Валенсия: ['ES', 'Valencia'], Севиля: ['ES', 'Seville'], Билбао: ['ES', 'Bilbao'], 'Сан Себастиан': ['ES', 'San Sebastián'],
  Лисабон: ['PT', 'Lisbon'], Порто: ['PT', 'Porto'],
  Рим: ['IT', 'Rome'], Милано: ['IT', 'Milan'], Торино: ['IT', 'Turin'], Болоня: ['IT', 'Bologna'], Флоренция: ['IT', 'Florence'], Неапол: ['IT', 'Naples'], Венеция: ['IT', 'Venice'],
  Амстердам: ['NL', 'Amsterdam'], Ротердам: ['NL', 'Rotterdam'], Айндховен: ['NL', 'Eindhoven'], Хага: ['NL', 'The Hague'],
  Копенхаген: ['DK', 'Copenhagen'], Олборг: ['DK', 'Aalborg'], Орхус: ['DK', 'Aarhus'],
  Стокхолм: ['SE', 'Stockholm'], Гьотеборг: ['SE', 'Gothenburg'], Малмьо: ['SE', 'Malmö'],
  Хелзинки: ['FI', 'Helsinki'], Тампере: ['FI', 'Tampere'], Осло: ['NO', 'Oslo'],
  Варшава: ['PL', 'Warsaw'], Краков: ['PL', 'Kraków'], Вроцлав: ['PL', 'Wrocław'], Гданск: ['PL', 'Gdańsk'],
  Прага: ['CZ', 'Prague'], Бърно: ['CZ', 'Brno'], Братислава: ['SK', 'Bratislava'], Будапеща: ['HU', 'Budapest'],
  Букурещ: ['RO', 'Bucharest'], Клуж: ['RO', 'Cluj'], Яш: ['RO', 'Iași'], Тимишоара: ['RO', 'Timișoara'], Констанца: ['RO', 'Constanța'],
  Белград: ['RS', 'Belgrade'], 'Нови Сад': ['RS', 'Novi Sad'], Ниш: ['RS', 'Niš'], Скопие: ['MK', 'Skopje'], Битоля: ['MK', 'Bitola'], Загреб: ['HR', 'Zagreb'], Сплит: ['HR', 'Split'],
  Любляна: ['SI', 'Ljubljana'], Сараево: ['BA', 'Sarajevo'], Подгорица: ['ME', 'Podgorica'], Тирана: ['AL', 'Tirana'], Кишинев: ['MD', 'Chișinău'], Киев: ['UA', 'Kyiv'], Одеса: ['UA', 'Odesa'],
  Истанбул: ['TR', 'Istanbul'], Анкара: ['TR', 'Ankara'], Измир: ['TR', 'Izmir'], Никозия: ['CY', 'Nicosia'], Валета: ['MT', 'Valletta'],
  Лондон: ['GB', 'London'], Манчестър: ['GB', 'Manchester'], Единбург: ['GB', 'Edinburgh'], Питърбъро: ['GB', 'Peterborough'], Дъблин: ['IE', 'Dublin'],
  Люксембург: ['LU', 'Luxembourg'], Талин: ['EE', 'Tallinn'], Рига: ['LV', 'Riga'], Вилнюс: ['LT', 'Vilnius'], Женева: ['CH', 'Geneva'], Цюрих: ['CH', 'Zurich'],
  Торонто: ['CA', 'Toronto'], Монреал: ['CA', 'Montreal'], Квебек: ['CA', 'Quebec City'], Отава: ['CA', 'Ottawa'], Ванкувър: ['CA', 'Vancouver'],
  'Ню Йорк': ['US', 'New York'], Вашингтон: ['US', 'Washington'],
};

/** The country of each city of the gazetteer. */
export const GAZETTEER: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CITIES).map(([city, [country]]) => [city, country]));

/**
 * The English name of each city of the gazetteer, for the English edition. A city not
 * listed here is shown transliterated by the official system (see `nameCity`).
 */
export const ENGLISH_CITY_NAMES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CITIES).map(([city, [, english]]) => [city, english]));

export interface PlaceFound {
  city: string;
  country: string;
  /** Offset of the mention in the text. */
  index: number;
}

/** Every city of the gazetteer named in a text, in order of mention. */
export function findPlaces(text: string): PlaceFound[] {
  const found: PlaceFound[] = [];
  for (const [city, country] of Object.entries(GAZETTEER)) {
    const pattern = new RegExp(`(?<!\\p{L})${city}(?!\\p{L})`, 'gu');
    for (const match of text.matchAll(pattern)) found.push({ city, country, index: match.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
