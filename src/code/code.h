/* code.h — stage 5: sentences → events (source, target, CAMEO code).
 *
 * The coder reads one sentence as TABARI does (manual ch. 7), with no
 * external parser:
 *   1. words: tokens minus possessive endings, joining hyphens and terminal
 *      punctuation (commas stay: they delimit clauses);
 *   2. classify: the longest dictionary phrase at each word makes it an
 *      actor, agent, verb, noun, adjective, time or attribution root; verbs
 *      after a determiner or capitalised mid-sentence become nouns;
 *   3. actors: agents join the actor before/after them ("Kenyan diplomat",
 *      "ambassador of Kenya"), "former" makes an elite, compounds ("Ghana and
 *      Togo", "A, B and C") become one group, pronouns take an earlier actor;
 *   4. nonrestrictive comma clauses are set aside, conjunctions split the
 *      sentence into clauses;
 *   5. per clause, verbs left to right: the longest matching pattern (or the
 *      root's code), with $ + % ^ placing source and target, else the default
 *      searches; passive voice swaps them; paired codes give two events;
 *      compound groups expand into one event per member pair.
 * Every decision can be recorded as an explanation line (--explain).
 *
 * The coder state is per thread; the dictionary it reads is shared. */
#ifndef DY_CODE_H
#define DY_CODE_H

#include <stddef.h>
#include <stdint.h>

#include "dict/dict.h"
#include "lex/lex.h"
#include "text/text.h"
#include "util/arena.h"
#include "util/buf.h"

/* Word types (TABARI manual §7.1). */
typedef enum dy_wtype {
    DY_W_NULL = 0,  /* unclassified */
    DY_W_ACTOR,
    DY_W_AGENT,
    DY_W_VERB,
    DY_W_TIME,
    DY_W_ATTRIB,
    DY_W_DETERM,
    DY_W_NOUN,
    DY_W_ADJ,
    DY_W_AUX,
    DY_W_BY,
    DY_W_COMMA,
    DY_W_PRON,
    DY_W_CONJ,
    DY_W_NUMBER,
    DY_W_PUNCT,
    DY_W_QUOTE
} dy_wtype;

enum dy_wflags {
    DY_WF_CAP = 1u << 0,       /* initial capital */
    DY_WF_ALLCAPS = 1u << 1,
    DY_WF_POSS = 1u << 2,      /* followed by a possessive ending */
    DY_WF_DEAD = 1u << 3,      /* inside an eliminated comma clause */
    DY_WF_CLAUSE_END = 1u << 4,/* a conjunction that splits clauses */
    DY_WF_COMPOUND = 1u << 5,  /* conjunction/comma inside a compound phrase */
    DY_WF_ROOTCONT = 1u << 6,  /* continuation word of a multi-word root */
    DY_WF_FIRST = 1u << 7,     /* sentence-initial (capital is not informative) */
    DY_WF_SHIFTED = 1u << 8,   /* verb shifted to noun */
    DY_WF_USED = 1u << 9,      /* matched as a literal of a pattern */
    DY_WF_SUBORD = 1u << 10    /* dyad rules: "while", "because" ... end a clause (parse) */
};

typedef struct dy_cword {
    uint32_t tok;      /* token index in the text */
    uint32_t lex;      /* lexeme id */
    uint16_t flags;    /* enum dy_wflags */
    uint8_t type;      /* dy_wtype */
    uint8_t pad;
    uint32_t entry;    /* dictionary entry of the root starting here, DY_NOID */
    uint16_t span;     /* words covered by that root (contiguous part) */
    uint16_t pad2;
    int32_t actor;     /* index of the actor mention covering this word, -1 */
    int32_t ref;       /* pronoun: index of the referenced actor mention, -1 */
    uint8_t tag;       /* part-of-speech tag (parse stage, dy_tag) */
    uint8_t pad3[3];
    int32_t np;        /* noun-phrase chunk containing the word, -1 */
} dy_cword;

/* A noun-phrase chunk (parse stage): words [w0, w1). */
typedef struct dy_np {
    uint32_t w0, w1;
    uint32_t head;     /* head word (last noun) */
    int32_t group;     /* actor group formed for the phrase, -1 if it names no actor */
    uint8_t pp_object; /* the phrase follows a preposition */
    uint8_t has_agent; /* an agent word is inside */
    uint8_t pad[2];
} dy_np;

/* An actor mention: words [w0, w1) with its resolved code. */
typedef struct dy_mention {
    uint32_t w0, w1;   /* word range, agents included */
    const char *code;  /* resolved code, may contain '/' (coded compound) */
    int32_t group;     /* compound group index */
    uint8_t via;       /* dyad_via */
    uint8_t agent_only;/* an agent converted to an actor */
    uint8_t kind;      /* dy_code_kind of the resolved actor code */
    uint8_t pad;
    int32_t src_mention; /* for pronouns: the mention it copies, -1 */
} dy_mention;

/* A compound group: mentions [first, first+n) in group order. */
typedef struct dy_group {
    uint32_t first;    /* index into coder->gmembers */
    uint32_t n;
    uint32_t w0, w1;   /* word range of the whole compound */
} dy_group;

/* One coded event before output formatting. */
typedef struct dy_ev {
    uint32_t sentence;
    const char *source, *target;  /* codes, NULL when absent */
    const char *code;             /* event code */
    uint32_t src_t0, src_t1;      /* token ranges (text spans) */
    uint32_t tgt_t0, tgt_t1;
    uint32_t verb_t0, verb_t1;
    uint32_t pattern;             /* phrase index of the pattern or root, DY_NOID */
    int32_t day;                  /* event date (time shifted), DY_NODATE */
    uint8_t passive, src_via, tgt_via, negated;
    uint32_t issues;              /* arena string offset; 0 none */
    const char *issue_str;
} dy_ev;

/* Outcome of a sentence, for validation and --explain. */
typedef enum dy_sent_status {
    DY_SENT_CODED = 0,  /* events (possibly none) */
    DY_SENT_DISCARD,    /* a discard phrase */
    DY_SENT_STORY_DISCARD, /* a story-level discard */
    DY_SENT_COMPLEX,    /* complexity conditions or a +++ code */
    DY_SENT_SHORT       /* fewer words than MINIMUM WORDS */
} dy_sent_status;

/* One thing a document said about an actor (memory.c). */
typedef struct dy_memo {
    uint32_t lex;              /* lexeme id of the name, role or head word */
    uint8_t kind;
    const char *code;
} dy_memo;

typedef struct dy_coder_s {
    const dy_dict *dict;
    dy_lexicon lex;
    dy_arena arena;            /* per document */
    /* per-sentence scratch (reused) */
    dy_cword *w;  size_t nw, wcap;
    dy_mention *m; size_t nm, mcap;
    dy_group *g;  size_t ng, gcap;
    uint32_t *gmembers; size_t ngm, gmcap;
    uint32_t *view; size_t nview, viewcap;  /* live words of the sentence */
    uint32_t *viewbuf; size_t viewbuf_cap;  /* identity map 0..nw-1 */
    dy_np *nps; size_t nnp, npcap;          /* noun-phrase chunks (parse stage) */
    /* dictionary word ids present in the sentence: a bit per vocabulary id,
     * and the list of the bits set (to clear them for the next sentence) */
    uint64_t *keybits; size_t keywords;
    uint32_t *keylist; size_t nkeylist, keylistcap;
    /* can synset / alternative group i match somewhere in this sentence?
     * (gen << 1 | answer), valid when the gen is the sentence's (match.c) */
    uint32_t *syn_poss, *alt_poss;
    uint32_t poss_gen;
    /* per entry of dict->vpl: the element index of the pattern's trigger — a
     * word or synset it cannot match without — or UINT32_MAX (coder.c) */
    uint32_t *vtrig;
    uint32_t *vkey;            /* 3 keys per vtrig word trigger (coder.c) */
    /* per entry of dict->alt_phrases, three keys: the first word an
     * alternative begins with, and its verb and noun lemmas when it is a
     * lemma element — the sentence must hold one of them; DY_NOID first
     * when the alternative begins with something else (coder.c) */
    uint32_t *altkey;
    /* per lexeme: its classification candidates (classify.c), offsets into
     * bc_pool, UINT32_MAX until computed */
    uint32_t *bc_off; size_t bc_cap;
    uint32_t *bc_pool; size_t nbc, bc_poolcap;
    uint32_t bc_exclude[3];    /* entries a re-classification skips (DY_NOID) */
    /* per-document results */
    dy_ev *ev;    size_t nev, evcap;
    int explain;               /* record explanations */
    dy_buf xbuf;               /* explanation of the current sentence */
    /* document memory (memory.c; dyad rules) */
    dy_memo *memo; size_t nmemo, memocap;
    const char *last_person, *last_thing, *last_plural, *last_org;
    int memory_on;             /* use it for this sentence (set by the coder) */
    uint8_t style;             /* dy_style of the sentence being coded */
    /* FORWARD coreference memory (validation) */
    char fwd_code[64];
    int fwd_compound;
    uint32_t dedup[64];        /* entry de-duplication during classification */
} dy_coder_s;

void dy_coder_init(dy_coder_s *c, const dy_dict *d, const dy_lemmatizer *lem);
/* Document memory (memory.c): reset per document; apply to a sentence's
 * phrases after dy_np_actors (apposition, aliases), then learn from it; the
 * referent of a pronoun the sentence cannot resolve. */
void dy_memory_reset(dy_coder_s *c);
void dy_memory_apply(dy_coder_s *c, const dy_text *t);
void dy_memory_learn(dy_coder_s *c, const dy_text *t);
const char *dy_memory_pronoun(const dy_coder_s *c, int plural, int person);
struct dy_np;
int32_t dy_memory_give(dy_coder_s *c, struct dy_np *np, const char *code, uint8_t via);
/* A new actor mention of words [w0, w1) with code (in no group yet). */
int32_t dy_add_mention(dy_coder_s *c, uint32_t w0, uint32_t w1, const char *code);
void dy_coder_release(dy_coder_s *c);

/* Code sentence `s` of text t (already lexed) for an article dated `day`
 * (DY_NODATE if none), appending events to c->ev. Returns the status; with
 * c->explain, the explanation text is left in c->xbuf. */
dy_sent_status dy_code_sentence(dy_coder_s *c, const dy_config *cfg, const dy_text *t, uint32_t s,
                                int32_t day);

/* The actor code named by tokens [tok0, tok1) (a speaker or a source
 * phrase: "Turkish Foreign Minister Mevlut Cavusoglu", "state media"), read
 * as one noun phrase with the dictionaries; NULL if it names no actor. The
 * string lives in the coder's document arena. Clobbers the sentence scratch,
 * so call it between sentences. */
const char *dy_code_span(dy_coder_s *c, const dy_config *cfg, const dy_text *t, uint32_t tok0, uint32_t tok1,
                         int32_t day);

#endif
