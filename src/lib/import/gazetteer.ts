/**
 * Cities in the Bulgarian forms news uses, with ISO 3166-1 alpha-2 codes: Bulgarian
 * cities and the European (and a few North American) cities clusters travel to.
 */
export const GAZETTEER: Readonly<Record<string, string>> = {
  София: 'BG', Пловдив: 'BG', Варна: 'BG', Бургас: 'BG', Русе: 'BG', 'Стара Загора': 'BG',
  Плевен: 'BG', Добрич: 'BG', Сливен: 'BG', Шумен: 'BG', Перник: 'BG', Хасково: 'BG',
  Благоевград: 'BG', 'Велико Търново': 'BG', Габрово: 'BG', Враца: 'BG', Видин: 'BG',
  Монтана: 'BG', Ловеч: 'BG', Смолян: 'BG', Кърджали: 'BG', Пазарджик: 'BG', Ямбол: 'BG',
  Търговище: 'BG', Разград: 'BG', Силистра: 'BG', Кюстендил: 'BG', Ботевград: 'BG',
  Солун: 'GR', Атина: 'GR', Патра: 'GR', Кавала: 'GR',
  Брюксел: 'BE', Антверпен: 'BE', Гент: 'BE', Лиеж: 'BE', Брюж: 'BE',
  Виена: 'AT', Грац: 'AT', Линц: 'AT', Залцбург: 'AT',
  Берлин: 'DE', Мюнхен: 'DE', Хамбург: 'DE', Франкфурт: 'DE', Кьолн: 'DE', Дюселдорф: 'DE',
  Щутгарт: 'DE', Лайпциг: 'DE', Дрезден: 'DE', Нюрнберг: 'DE',
  Париж: 'FR', Лион: 'FR', Марсилия: 'FR', Страсбург: 'FR', Лил: 'FR', Тулуза: 'FR', Бордо: 'FR',
  Мадрид: 'ES', Барселона: 'ES', Валенсия: 'ES', Севиля: 'ES', Билбао: 'ES', 'Сан Себастиан': 'ES',
  Лисабон: 'PT', Порто: 'PT',
  Рим: 'IT', Милано: 'IT', Торино: 'IT', Болоня: 'IT', Флоренция: 'IT', Неапол: 'IT', Венеция: 'IT',
  Амстердам: 'NL', Ротердам: 'NL', Айндховен: 'NL', Хага: 'NL',
  Копенхаген: 'DK', Олборг: 'DK', Орхус: 'DK',
  Стокхолм: 'SE', Гьотеборг: 'SE', Малмьо: 'SE',
  Хелзинки: 'FI', Тампере: 'FI', Осло: 'NO',
  Варшава: 'PL', Краков: 'PL', Вроцлав: 'PL', Гданск: 'PL',
  Прага: 'CZ', Бърно: 'CZ', Братислава: 'SK', Будапеща: 'HU',
  Букурещ: 'RO', Клуж: 'RO', Яш: 'RO', Тимишоара: 'RO', Констанца: 'RO',
  Белград: 'RS', 'Нови Сад': 'RS', Ниш: 'RS', Скопие: 'MK', Битоля: 'MK', Загреб: 'HR', Сплит: 'HR',
  Любляна: 'SI', Сараево: 'BA', Подгорица: 'ME', Тирана: 'AL', Кишинев: 'MD', Киев: 'UA', Одеса: 'UA',
  Истанбул: 'TR', Анкара: 'TR', Измир: 'TR', Никозия: 'CY', Валета: 'MT',
  Лондон: 'GB', Манчестър: 'GB', Единбург: 'GB', Питърбъро: 'GB', Дъблин: 'IE',
  Люксембург: 'LU', Талин: 'EE', Рига: 'LV', Вилнюс: 'LT', Женева: 'CH', Цюрих: 'CH',
  Торонто: 'CA', Монреал: 'CA', Квебек: 'CA', Отава: 'CA', Ванкувър: 'CA',
  'Ню Йорк': 'US', Вашингтон: 'US',
};

/**
 * The English name of each city of the gazetteer, for the English edition. A city not
 * listed here is shown transliterated by the official system (see `nameCity`).
 */
export const ENGLISH_CITY_NAMES: Readonly<Record<string, string>> = {
  София: 'Sofia', Пловдив: 'Plovdiv', Варна: 'Varna', Бургас: 'Burgas', Русе: 'Ruse', 'Стара Загора': 'Stara Zagora',
  Плевен: 'Pleven', Добрич: 'Dobrich', Сливен: 'Sliven', Шумен: 'Shumen', Перник: 'Pernik', Хасково: 'Haskovo',
  Благоевград: 'Blagoevgrad', 'Велико Търново': 'Veliko Tarnovo', Габрово: 'Gabrovo', Враца: 'Vratsa', Видин: 'Vidin',
  Монтана: 'Montana', Ловеч: 'Lovech', Смолян: 'Smolyan', Кърджали: 'Kardzhali', Пазарджик: 'Pazardzhik', Ямбол: 'Yambol',
  Търговище: 'Targovishte', Разград: 'Razgrad', Силистра: 'Silistra', Кюстендил: 'Kyustendil', Ботевград: 'Botevgrad',
  Солун: 'Thessaloniki', Атина: 'Athens', Патра: 'Patras', Кавала: 'Kavala',
  Брюксел: 'Brussels', Антверпен: 'Antwerp', Гент: 'Ghent', Лиеж: 'Liège', Брюж: 'Bruges',
  Виена: 'Vienna', Грац: 'Graz', Линц: 'Linz', Залцбург: 'Salzburg',
  Берлин: 'Berlin', Мюнхен: 'Munich', Хамбург: 'Hamburg', Франкфурт: 'Frankfurt', Кьолн: 'Cologne', Дюселдорф: 'Düsseldorf',
  Щутгарт: 'Stuttgart', Лайпциг: 'Leipzig', Дрезден: 'Dresden', Нюрнберг: 'Nuremberg',
  Париж: 'Paris', Лион: 'Lyon', Марсилия: 'Marseille', Страсбург: 'Strasbourg', Лил: 'Lille', Тулуза: 'Toulouse', Бордо: 'Bordeaux',
  Мадрид: 'Madrid', Барселона: 'Barcelona', Валенсия: 'Valencia', Севиля: 'Seville', Билбао: 'Bilbao', 'Сан Себастиан': 'San Sebastián',
  Лисабон: 'Lisbon', Порто: 'Porto',
  Рим: 'Rome', Милано: 'Milan', Торино: 'Turin', Болоня: 'Bologna', Флоренция: 'Florence', Неапол: 'Naples', Венеция: 'Venice',
  Амстердам: 'Amsterdam', Ротердам: 'Rotterdam', Айндховен: 'Eindhoven', Хага: 'The Hague',
  Копенхаген: 'Copenhagen', Олборг: 'Aalborg', Орхус: 'Aarhus',
  Стокхолм: 'Stockholm', Гьотеборг: 'Gothenburg', Малмьо: 'Malmö',
  Хелзинки: 'Helsinki', Тампере: 'Tampere', Осло: 'Oslo',
  Варшава: 'Warsaw', Краков: 'Kraków', Вроцлав: 'Wrocław', Гданск: 'Gdańsk',
  Прага: 'Prague', Бърно: 'Brno', Братислава: 'Bratislava', Будапеща: 'Budapest',
  Букурещ: 'Bucharest', Клуж: 'Cluj', Яш: 'Iași', Тимишоара: 'Timișoara', Констанца: 'Constanța',
  Белград: 'Belgrade', 'Нови Сад': 'Novi Sad', Ниш: 'Niš', Скопие: 'Skopje', Битоля: 'Bitola', Загреб: 'Zagreb', Сплит: 'Split',
  Любляна: 'Ljubljana', Сараево: 'Sarajevo', Подгорица: 'Podgorica', Тирана: 'Tirana', Кишинев: 'Chișinău', Киев: 'Kyiv', Одеса: 'Odesa',
  Истанбул: 'Istanbul', Анкара: 'Ankara', Измир: 'Izmir', Никозия: 'Nicosia', Валета: 'Valletta',
  Лондон: 'London', Манчестър: 'Manchester', Единбург: 'Edinburgh', Питърбъро: 'Peterborough', Дъблин: 'Dublin',
  Люксембург: 'Luxembourg', Талин: 'Tallinn', Рига: 'Riga', Вилнюс: 'Vilnius', Женева: 'Geneva', Цюрих: 'Zurich',
  Торонто: 'Toronto', Монреал: 'Montreal', Квебек: 'Quebec City', Отава: 'Ottawa', Ванкувър: 'Vancouver',
  'Ню Йорк': 'New York', Вашингтон: 'Washington',
};

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
