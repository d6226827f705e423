// Matching for the area finder: what the typed words are compared with, and how results are ranked.
// Pure functions, no page needed, so tests can import this module on its own.
//
// finder.json (written by src/Generator/Site/Finder/FinderIndexJson.cs) is {"areas": [[name, url, names]]},
// each of names being [kind, key, text?]: the key already normalised by FinderText.Normalise in C#.
// normalise() below must give the same key for the same text: a test checks both on every name.

const droppedWord = 'and'

// The order of preference when two names of one area match equally well (FinderNameKind in C#).
const kindRank = { name: 0, official: 1, alias: 2, former: 3, part: 3, council: 4, district: 4, icb: 5 }

// How well a name matched, best first.
const exact = 0
const startsWith = 1
const allWords = 2
const nearlyAllWords = 3

// Words this long or longer may have one letter wrong, missing, extra or swapped with the next; words of
// twoEditsFrom letters or more may have two ("Kestamoor" for "Kestermoor").
const fuzzyFrom = 4
const twoEditsFrom = 8

// What people add to a name that is not part of any name in the index ("Hollinmere MBC", "Tallowford City
// Council"), longest first, so "borough council" goes before "council". Already normalised.
const councilSuffixes = [
  'metropolitan borough council', 'metropolitan district council', 'royal borough council', 'borough council',
  'city council', 'county council', 'district council', 'town council', 'council', 'mbc', 'dc', 'bc', 'cc'
]

export function normalise (text) {
  const words = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['\u2019\u2018`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
  return words
    .filter(word => word.length > 0 && word !== droppedWord)
    .map(word => (word === 'saint' ? 'st' : word))
    .join(' ')
}

// Optimal string alignment distance (an edit is a letter wrong, missing, extra, or two neighbours swapped),
// or max + 1 once it is certain to exceed max.
function editDistance (a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before = null
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowBest = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (before !== null && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1)
      }
      current.push(value)
      rowBest = Math.min(rowBest, value)
    }
    if (rowBest > max) return max + 1
    before = previous
    previous = current
  }
  return previous[b.length]
}

// How many edits a typed word (or run of letters) of this length may have.
function allowedEdits (typed) {
  return typed.length >= twoEditsFrom ? 2 : typed.length >= fuzzyFrom ? 1 : 0
}

// Whether typed is within its allowed edits of word, or (when it may be unfinished) of a beginning of word.
function nearly (typed, word, unfinished) {
  const max = allowedEdits(typed)
  if (max === 0) return false
  if (editDistance(typed, word, max) <= max) return true
  if (!unfinished) return false
  for (let length = typed.length - max; length <= typed.length + max; length++) {
    if (length > 0 && length < word.length && editDistance(typed, word.slice(0, length), max) <= max) return true
  }
  return false
}

// How one typed word matches one word of a name: 0 exactly, 1 as its beginning, 2 within its allowed edits,
// or null. The last typed word may be unfinished, so it may match the beginning of a word, with edits too.
function wordMatch (typed, word, isLast) {
  if (typed === word) return 0
  if (isLast && word.startsWith(typed)) return 1
  return nearly(typed, word, isLast) ? 2 : null
}

// The typed key without a council suffix ("hollinmere mbc" is "hollinmere"), or null when it has none.
export function withoutCouncilSuffix (typedKey) {
  for (const suffix of councilSuffixes) {
    if (typedKey.endsWith(' ' + suffix)) return typedKey.slice(0, -suffix.length - 1)
  }
  return null
}

// Spaces typed where a name has none, or left out where it has some ("grey water", "greywater"): the
// letters are compared without spaces when the words do not match.
function compactMatch (typedKey, key) {
  const typed = typedKey.replaceAll(' ', '')
  const name = key.replaceAll(' ', '')
  if (typed === name) return exact
  if (typed.length >= fuzzyFrom && name.startsWith(typed)) return allWords
  return nearly(typed, name, true) ? nearlyAllWords : null
}

// How well the typed words match a name's key, or null when they do not: every typed word must match a
// different word of the name, in any order.
export function matchKey (typedKey, typedWords, key) {
  if (key === typedKey) return exact
  if (key.startsWith(typedKey)) return startsWith
  const words = key.split(' ')
  const used = new Array(words.length).fill(false)
  let fuzzy = false
  for (let t = 0; t < typedWords.length; t++) {
    const isLast = t === typedWords.length - 1
    let best = null
    let bestIndex = -1
    for (let w = 0; w < words.length; w++) {
      if (used[w]) continue
      const match = wordMatch(typedWords[t], words[w], isLast)
      if (match !== null && (best === null || match < best)) {
        best = match
        bestIndex = w
        if (match === 0) break
      }
    }
    if (best === null) return compactMatch(typedKey, key)
    used[bestIndex] = true
    if (best === 2) fuzzy = true
  }
  return fuzzy ? nearlyAllWords : allWords
}

// The best score of a name's key over the ways of reading what was typed (as typed, and without a suffix).
function bestMatch (readings, key) {
  let best = null
  for (const [typedKey, typedWords] of readings) {
    const score = matchKey(typedKey, typedWords, key)
    if (score !== null && (best === null || score < best)) best = score
  }
  return best
}

// Results for what was typed: one per area, by its best-matching name, best first. An area found only through
// its NHS board is left out when another area is found by a name of its own: "kestermor" means Kestermoor,
// not every area whose board's name contains the word.
export function search (index, query, limit) {
  const typedKey = normalise(query)
  if (typedKey.length === 0) return []
  const readings = [[typedKey, typedKey.split(' ')]]
  const bare = withoutCouncilSuffix(typedKey)
  if (bare !== null && bare.length > 0) readings.push([bare, bare.split(' ')])
  const found = []
  let anyByPlace = false
  for (const [name, url, names] of index.areas) {
    let best = null
    let bestByPlace = null
    for (const [kind, key, text] of names) {
      const score = bestMatch(readings, key)
      if (score === null) continue
      const result = { name, url, kind, text: text || name, score, rank: kindRank[kind] }
      if (better(result, best)) best = result
      if (kind !== 'icb' && better(result, bestByPlace)) bestByPlace = result
    }
    if (best !== null) found.push([best, bestByPlace])
    if (bestByPlace !== null) anyByPlace = true
  }
  const results = anyByPlace
    ? found.filter(([, byPlace]) => byPlace !== null).map(([, byPlace]) => byPlace)
    : found.map(([best]) => best)
  // The area's own name matching exactly or from its start comes first; then by how well, which name, A to Z.
  const tier = result => (result.rank === 0 && result.score <= startsWith ? 0 : 1)
  results.sort((a, b) =>
    tier(a) - tier(b) || a.score - b.score || a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return limit === undefined ? results : results.slice(0, limit)
}

function better (result, than) {
  return than === null || result.score < than.score || (result.score === than.score && result.rank < than.rank)
}

// The one area Enter should go to when nothing was chosen from the list: the only result, or the only
// area one of whose names is exactly what was typed. Otherwise null, and the list stays for a choice.
export function onlyChoice (results) {
  if (results.length === 1) return results[0]
  const exactResults = results.filter(result => result.score === exact)
  return exactResults.length === 1 ? exactResults[0] : null
}

// A suggestion in plain words, saying which name matched when it is not the area's own.
export function describe (result) {
  switch (result.kind) {
    case 'official': return `${result.name} (official name: ${result.text})`
    case 'alias': return `${result.name} (also called ${result.text})`
    case 'former': return `${result.name} (formerly ${result.text})`
    case 'part': return `${result.name} (formerly part of ${result.text})`
    case 'council': return `${result.name} (council: ${result.text})`
    case 'district': return `${result.name} (includes ${result.text} district)`
    case 'icb': return `${result.name} (ICB: ${result.text})`
    default: return result.name
  }
}
