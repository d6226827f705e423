// Matching for the area finder: what the typed words are compared with, and how results are ranked.
// Pure functions, no page needed, so tests can import this module on its own.
//
// finder.json (written by src/Generator/Finder/FinderIndexJson.cs) is {"areas": [[name, url, names]]},
// each of names being [kind, key, text?]: the key already normalised by FinderText.Normalise in C#.
// normalise() below must give the same key for the same text: a test checks both on every name.

const droppedWord = 'and'

// The order of preference when two names of one area match equally well (FinderNameKind in C#).
const kindRank = { name: 0, official: 1, alias: 2, former: 3, part: 3, council: 4, icb: 5 }

// How well a name matched, best first.
const exact = 0
const startsWith = 1
const allWords = 2
const nearlyAllWords = 3

// Words this long or longer may have one letter wrong, missing, extra or swapped with the next.
const fuzzyFrom = 4

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

// Optimal string alignment distance, stopping early: is a within one edit (including one swap) of b?
function withinOneEdit (a, b) {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (i === a.length && i === b.length) return true
  const restA = a.slice(i + 1)
  const restB = b.slice(i + 1)
  if (a.length === b.length) {
    // One letter wrong, or two neighbours swapped.
    return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
  }
  // One letter missing from the shorter.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

// How one typed word matches one word of a name: 0 exactly, 1 as its beginning, 2 within one edit, or null.
// The last typed word may be unfinished, so it may match the beginning of a word, with one edit too.
function wordMatch (typed, word, isLast) {
  if (typed === word) return 0
  if (isLast && word.startsWith(typed)) return 1
  if (typed.length < fuzzyFrom) return null
  if (withinOneEdit(typed, word)) return 2
  if (isLast) {
    for (let length = typed.length - 1; length <= typed.length + 1; length++) {
      if (length < word.length && withinOneEdit(typed, word.slice(0, length))) return 2
    }
  }
  return null
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
    if (best === null) return null
    used[bestIndex] = true
    if (best === 2) fuzzy = true
  }
  return fuzzy ? nearlyAllWords : allWords
}

// Results for what was typed: one per area, by its best-matching name, best first.
export function search (index, query, limit) {
  const typedKey = normalise(query)
  if (typedKey.length === 0) return []
  const typedWords = typedKey.split(' ')
  const results = []
  for (const [name, url, names] of index.areas) {
    let best = null
    for (const [kind, key, text] of names) {
      const score = matchKey(typedKey, typedWords, key)
      if (score === null) continue
      const rank = kindRank[kind]
      if (best === null || score < best.score || (score === best.score && rank < best.rank)) {
        best = { name, url, kind, text: text || name, score, rank }
      }
    }
    if (best !== null) results.push(best)
  }
  // The area's own name matching exactly or from its start comes first; then by how well, which name, A to Z.
  const tier = result => (result.rank === 0 && result.score <= startsWith ? 0 : 1)
  results.sort((a, b) =>
    tier(a) - tier(b) || a.score - b.score || a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return limit === undefined ? results : results.slice(0, limit)
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
    case 'icb': return `${result.name} (ICB: ${result.text})`
    default: return result.name
  }
}
