#!/usr/bin/env python3
"""Writes assets/kb/aliases_i18n.json: Chinese (simplified, traditional) and Russian names.

usage: scripts/import_i18n_aliases.py [--iso-codes DIR] [--locale DIR] [-o FILE]

Sources:
- Countries: Debian's iso-codes package (https://salsa.debian.org/iso-codes-team/iso-codes,
  LGPL-2.1-or-later): the English names in /usr/share/iso-codes/json/iso_3166-1.json and their
  translations in /usr/share/locale/{zh_CN,zh_TW,ru}/LC_MESSAGES/iso_3166-1.mo. Re-run after
  an iso-codes upgrade; the output is the same for the same input (sorted, stable).
- Everything in NAMES below (capitals, short forms the catalogues lack, leaders,
  organizations): written by the kgviz developers from the spellings of the entities' own
  official sites and state media (fmprc.gov.cn, xinhuanet.com, kremlin.ru, mid.ru).
Russian names are declined here (genitive, dative, accusative, instrumental, prepositional)
for the common noun and adjective endings, since the matcher needs whole words: "Путина",
"в Москве". Indeclinable names (Конго, Перу) and acronyms (США, НАТО) stay as they are.
"""
import argparse
import gettext
import json
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

# English iso-codes name -> knowledge-base id, where the names differ (the rest match on
# name, common_name or official_name).
ISO_TO_KB = {
    "CD": "democratic-republic-of-the-congo", "CG": "republic-of-the-congo", "CI": "cote-d-ivoire",
    "CV": "cabo-verde", "CZ": "czechia", "FM": "micronesia", "VA": "holy-see", "TL": "timor-leste",
    "TR": "turkey", "SZ": "eswatini", "PS": "palestine", "KR": "south-korea", "KP": "north-korea",
    "LA": "laos", "TW": "taiwan", "VN": "vietnam", "BN": "brunei", "ST": "sao-tome-and-principe",
}

# Written by us (see the module comment): id -> names in Chinese and Russian (nominative).
NAMES = {
    # Countries: short forms and capitals used for the state.
    "china": ["中国", "中國", "北京", "Китай", "Пекин", "КНР"],
    "russia": ["俄罗斯", "俄羅斯", "俄国", "莫斯科", "克里姆林宫", "Россия", "Москва", "Кремль", "РФ"],
    "united-states": ["美国", "美國", "华盛顿", "華盛頓", "白宫", "США", "Вашингтон", "Белый дом"],
    "united-kingdom": ["英国", "英國", "伦敦", "Великобритания", "Британия", "Лондон"],
    "taiwan": ["台湾", "台灣", "臺灣", "Тайвань"],
    "south-korea": ["韩国", "韓國", "Южная Корея"],
    "north-korea": ["朝鲜", "朝鮮", "Северная Корея", "КНДР"],
    "iran": ["伊朗", "德黑兰", "Иран", "Тегеран"],
    "syria": ["叙利亚", "敘利亞", "Сирия"],
    "ukraine": ["乌克兰", "烏克蘭", "Украина", "Киев"],
    "india": ["印度", "新德里", "Индия", "Нью-Дели"],
    "japan": ["日本", "东京", "Япония", "Токио"],
    "saudi-arabia": ["沙特", "沙特阿拉伯", "沙烏地阿拉伯", "Саудовская Аравия", "Эр-Рияд"],
    "kosovo": ["科索沃", "Косово"],
    "soviet-union": ["苏联", "蘇聯", "СССР", "Советский Союз"],
    "vietnam": ["越南", "Вьетнам"],
    "moldova": ["摩尔多瓦", "Молдавия", "Молдова"],
    "bolivia": ["玻利维亚", "Боливия"],
    "venezuela": ["委内瑞拉", "委內瑞拉", "Венесуэла"],
    "laos": ["老挝", "寮國", "Лаос"],
    "tanzania": ["坦桑尼亚", "Танзания"],
    # Leaders.
    "xi-jinping": ["习近平", "習近平", "Си Цзиньпин"],
    "li-qiang": ["李强", "李強", "Ли Цян"],
    "li-keqiang": ["李克强", "李克強", "Ли Кэцян"],
    "wang-yi": ["王毅", "Ван И"],
    "qin-gang": ["秦刚", "秦剛", "Цинь Ган"],
    "hu-jintao": ["胡锦涛", "胡錦濤", "Ху Цзиньтао"],
    "mao-zedong": ["毛泽东", "毛澤東", "Мао Цзэдун"],
    "deng-xiaoping": ["邓小平", "鄧小平", "Дэн Сяопин"],
    "lai-ching-te": ["赖清德", "賴清德"],
    "tsai-ing-wen": ["蔡英文"],
    "vladimir-putin": ["普京", "普丁", "Владимир Путин", "Путин"],
    "sergey-lavrov": ["拉夫罗夫", "拉夫羅夫", "Сергей Лавров", "Лавров"],
    "dmitry-medvedev": ["梅德韦杰夫", "梅德韋傑夫", "Дмитрий Медведев", "Медведев"],
    "mikhail-mishustin": ["米舒斯京", "Михаил Мишустин", "Мишустин"],
    "dmitry-peskov": ["佩斯科夫", "Дмитрий Песков", "Песков"],
    "maria-zakharova": ["扎哈罗娃", "Мария Захарова", "Захарова"],
    "sergei-shoigu": ["绍伊古", "紹伊古", "Сергей Шойгу", "Шойгу"],
    "andrei-belousov": ["别洛乌索夫", "Андрей Белоусов", "Белоусов"],
    "yuri-ushakov": ["乌沙科夫", "Юрий Ушаков", "Ушаков"],
    "alexander-lukashenko": ["卢卡申科", "盧卡申科", "Александр Лукашенко", "Лукашенко"],
    "volodymyr-zelensky": ["泽连斯基", "澤倫斯基", "Владимир Зеленский", "Зеленский"],
    "kassym-jomart-tokayev": ["托卡耶夫", "Касым-Жомарт Токаев", "Токаев"],
    "joe-biden": ["拜登", "Джо Байден", "Байден"],
    "donald-trump": ["特朗普", "川普", "Дональд Трамп", "Трамп"],
    "antony-blinken": ["布林肯", "Энтони Блинкен", "Блинкен"],
    "narendra-modi": ["莫迪", "Нарендра Моди"],
    "lula-da-silva": ["卢拉", "盧拉", "Лула да Силва"],
    "kim-jong-un": ["金正恩", "Ким Чен Ын"],
    "emmanuel-macron": ["马克龙", "馬克宏", "Эммануэль Макрон", "Макрон"],
    "recep-tayyip-erdogan": ["埃尔多安", "Реджеп Тайип Эрдоган", "Эрдоган"],
    # Organizations.
    "nato": ["北约", "北約", "НАТО"],
    "sco": ["上海合作组织", "上海合作組織", "上合组织", "ШОС",
                                          "Шанхайская организация сотрудничества"],
    "brics": ["金砖国家", "金磚國家", "БРИКС"],
    "united-nations": ["联合国", "聯合國", "ООН"],
    "un-security-council": ["联合国安理会", "聯合國安理會", "安理会", "Совет Безопасности ООН", "Совбез ООН"],
    "european-union": ["欧盟", "歐盟", "Евросоюз", "ЕС"],
    "csto": ["集体安全条约组织", "ОДКБ"],
    "eaeu": ["欧亚经济联盟", "ЕАЭС"],
    "bri": ["一带一路", "一帶一路"],
    "chinese-communist-party": ["中国共产党", "中國共產黨", "中共", "КПК"],
    "pla": ["中国人民解放军", "解放军", "НОАК"],
    "gazprom": ["Газпром"],
    "rosneft": ["Роснефть"],
    "rosatom": ["Росатом"],
    "xinhua": ["新华社", "新華社", "Синьхуа"],
    "tass": ["塔斯社", "ТАСС"],
    "asean": ["东盟", "東協", "АСЕАН"],
    "g20": ["二十国集团", "Большая двадцатка"],
}

HEAD_NOUNS = {"республика", "провинция", "федерация", "королевство", "государство", "организация",
              "совет", "союз", "штаты"}
VOWELS = set("аеёиоуыэюя")
HUSHING = set("гкхжшчщ")  # after these, genitive -и not -ы
SIBILANT = set("жшчщц")     # after these, instrumental -ей/-ем not -ой/-ом


def decline_word(w):
    """The five oblique case forms of one Russian word, or [] when no rule applies."""
    if len(w) <= 2 or not re.fullmatch(r"[А-Яа-яЁё-]+", w) or w.isupper():
        return []
    if "-" in w:  # "Народно-Демократическая": the last part declines
        head, _, tail = w.rpartition("-")
        return [head + "-" + f for f in decline_word(tail)]
    low = w[-1]
    s = w[:-1]
    if w.endswith("ая"):      # feminine adjective: Саудовская
        return [w[:-2] + "ой", w[:-2] + "ой", w[:-2] + "ую", w[:-2] + "ой", w[:-2] + "ой"]
    if w.endswith("ий") or w.endswith("ый"):  # masculine adjective: Советский
        b = w[:-2]
        soft = b[-1] in HUSHING
        return [b + "ого", b + "ому", w, b + ("им" if soft or w.endswith("ий") else "ым"), b + "ом"]
    if w.endswith("ия"):      # Россия, Индия
        return [s + "и", s + "и", s + "ю", s + "ей", s + "и"]
    if low == "я":            # Корея
        return [s + "и", s + "е", s + "ю", s + "ей", s + "е"]
    if low == "а":            # Москва, Украина, Захарова
        if w.endswith("ова") or w.endswith("ева") or w.endswith("ина"):
            if w[0].isupper() and len(w) > 5 and w.endswith(("ова", "ева")):  # surname: Захарова
                return [s + "ой", s + "ой", s + "у", s + "ой", s + "ой"]
        gen = s + ("и" if s[-1:] in HUSHING else "ы")
        return [gen, s + "е", s + "у", s + ("ей" if s[-1:] in SIBILANT else "ой"), s + "е"]
    if low == "й":            # Китай
        return [s + "я", s + "ю", w, s + "ем", s + "е"]
    if low == "ь":            # Кремль
        return [s + "я", s + "ю", w, s + "ем", s + "е"]
    if low in VOWELS or not low.isalpha():
        return []             # Конго, Перу, Чили, Шойгу, Моди: indeclinable
    # consonant: Иран, Путин, Пекин, Лавров
    return [w + "а", w + "у", w, w + ("ем" if low in SIBILANT else "ом"), w + "е"]


def declensions(name):
    """Oblique case forms of a Russian name of up to three words, every word declined in step.

    A name with a word no rule knows ("Королевство Саудовская Аравия", where only the head noun
    would decline) gets none: wrong forms would be worse than missing ones."""
    words = name.split(" ")
    if len(words) > 3 or not re.search(r"[А-Яа-я]", name):
        return []
    # Words after a head noun are in apposition or already genitive and stay as they are:
    # "Республики Индия", "Шанхайской организации сотрудничества", "Совета Безопасности ООН".
    head = next((i for i, w in enumerate(words) if w.lower() in HEAD_NOUNS), len(words) - 1)
    per_word = [decline_word(w) for w in words[:head + 1]]
    if not all(per_word):
        return []
    rest = words[head + 1:]
    out = []
    for case in range(5):
        out.append(" ".join([f[case] for f in per_word] + rest))
    return [f for f in out if f != name]


def iso_country_names(iso_dir, locale_dir):
    """kb id -> names in zh_CN, zh_TW and ru from iso-codes (the translations that exist)."""
    path = os.path.join(iso_dir, "iso_3166-1.json")
    if not os.path.isfile(path):
        sys.exit(f"kgviz: {path}: not found; install Debian's iso-codes package (apt-get install iso-codes)")
    with open(path, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    langs = {}
    for lang in ("zh_CN", "zh_TW", "ru"):
        try:
            langs[lang] = gettext.translation("iso_3166-1", locale_dir, languages=[lang])
        except OSError as e:
            sys.exit(f"kgviz: {locale_dir}: no {lang} catalogue for iso_3166-1 ({e}); install iso-codes")
    with open(os.path.join(ROOT, "assets", "kb", "countries.json"), encoding="utf-8") as f:
        kb = json.load(f)["entities"]
    by_name = {}
    for e in kb:
        for n in [e["name"]] + e.get("aliases", []):
            by_name.setdefault(n, e["id"])
    ids = {e["id"] for e in kb}
    out = {}
    for c in iso:
        kb_id = ISO_TO_KB.get(c["alpha_2"])
        if kb_id is None:
            for key in ("common_name", "name", "official_name"):
                if c.get(key) in by_name:
                    kb_id = by_name[c[key]]
                    break
        if kb_id is None or kb_id not in ids:
            continue  # territories the knowledge base does not hold (Aruba, Guam, ...)
        names = []
        for key in ("common_name", "name", "official_name"):
            english = c.get(key)
            if not english:
                continue
            for t in langs.values():
                local = t.gettext(english)
                if local != english and not re.search(r"[A-Za-z]", local):
                    names.append(local)
        out[kb_id] = names
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iso-codes", default="/usr/share/iso-codes/json")
    ap.add_argument("--locale", default="/usr/share/locale")
    ap.add_argument("-o", default=os.path.join(ROOT, "assets", "kb", "aliases_i18n.json"))
    a = ap.parse_args()
    names = iso_country_names(a.iso_codes, a.locale)
    for kb_id, extra in NAMES.items():
        names.setdefault(kb_id, []).extend(extra)
    aliases = {}
    for kb_id in sorted(names):
        seen, out = set(), []
        for n in names[kb_id]:
            for form in [n] + declensions(n):
                if form not in seen:
                    seen.add(form)
                    out.append(form)
        aliases[kb_id] = out
    doc = {
        "format": "kgviz-kb/1",
        "source": ("Countries: Debian iso-codes (iso_3166-1.json and the zh_CN, zh_TW, ru "
                   "iso_3166-1 catalogues), LGPL-2.1-or-later. Capitals, short forms, leaders and "
                   "organizations: written by the kgviz developers from official spellings "
                   "(fmprc.gov.cn, xinhuanet.com, kremlin.ru, mid.ru). Russian case forms: "
                   "generated. Made by scripts/import_i18n_aliases.py; do not edit by hand."),
        "aliases": aliases,
    }
    tmp = a.o + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.replace(tmp, a.o)
    print(f"{a.o}: {sum(len(v) for v in aliases.values())} aliases of {len(aliases)} entities")


if __name__ == "__main__":
    main()
