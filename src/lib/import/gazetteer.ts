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
