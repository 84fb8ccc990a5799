#include "attribution/attribution_annotator.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "test_util.h"
#include "hearsay/output.h"

namespace hearsay {
namespace {

// One expected attribution. "*" means any value; "" for cue means none.
struct Want {
  const char* kind;
  const char* content;
  const char* cue;
  const char* source;
  const char* role = "*";
  const char* affiliation = "*";
  int anonymous = -1;  // -1 any, 0 false, 1 true
  const char* mention = "*";
};

struct Case {
  const char* name;
  const char* text;
  std::vector<Want> want;
};

std::string Describe(const Document& doc) {
  std::string s;
  for (const Attribution& a : doc.attributions()) {
    s += std::string(ToString(a.kind)) + " «" + std::string(doc.Text(a.content)) + "» cue=" +
         (a.cue ? std::string(doc.Text(*a.cue)) : "null") + " source=" + a.source.name +
         " role=" + a.source.role.value_or("null") + " affiliation=" + a.source.affiliation.value_or("null") +
         " anonymous=" + (a.source.anonymous ? "true" : "false") +
         " mention=" + (a.source.mention ? std::string(doc.Text(*a.source.mention)) : "null") + "\n";
  }
  return s;
}

bool Is(const char* want, std::string_view got) { return std::string_view(want) == "*" || got == want; }

void Check(const Case& c) {
  Document doc = testing::Annotate(c.text);
  for (const Want& w : c.want) {
    const Attribution* found = nullptr;
    for (const Attribution& a : doc.attributions()) {
      if (doc.Text(a.content) == w.content) found = &a;
    }
    ASSERT_NE(found, nullptr) << c.name << ": no attribution with content «" << w.content << "»\n" << Describe(doc);
    const Attribution& a = *found;
    EXPECT_TRUE(Is(w.kind, ToString(a.kind))) << c.name << "\n" << Describe(doc);
    if (std::string_view(w.cue).empty()) {
      EXPECT_FALSE(a.cue.has_value()) << c.name << "\n" << Describe(doc);
    } else if (std::string_view(w.cue) != "*") {
      ASSERT_TRUE(a.cue.has_value()) << c.name << "\n" << Describe(doc);
      EXPECT_EQ(doc.Text(*a.cue), w.cue) << c.name << "\n" << Describe(doc);
    }
    EXPECT_TRUE(Is(w.source, a.source.name)) << c.name << "\n" << Describe(doc);
    EXPECT_TRUE(Is(w.role, a.source.role.value_or("null"))) << c.name << "\n" << Describe(doc);
    EXPECT_TRUE(Is(w.affiliation, a.source.affiliation.value_or("null"))) << c.name << "\n" << Describe(doc);
    if (w.anonymous >= 0) {
      EXPECT_EQ(a.source.anonymous, w.anonymous == 1) << c.name << "\n" << Describe(doc);
    }
    EXPECT_TRUE(Is(w.mention, a.source.mention ? doc.Text(*a.source.mention) : "null")) << c.name << "\n"
                                                                                       << Describe(doc);
  }
}

class DirectQuoteTest : public ::testing::TestWithParam<Case> {};
TEST_P(DirectQuoteTest, Attributes) { Check(GetParam()); }
INSTANTIATE_TEST_SUITE_P(
    Cases, DirectQuoteTest,
    ::testing::Values(
        Case{"QuestionThenCapitalisedSourceAndCue", "“Does he not understand the rules?” Joe Biden asked.",
             {{"direct", "Does he not understand the rules?", "asked", "Joe Biden"}}},
        Case{"QuestionThenSourceCueAndALongListenerPhrase",
             "\"You think I'm going to change?\" Trump asked reporters rhetorically during a news conference last month.",
             {{"direct", "You think I'm going to change?", "asked", "Trump"}}},
        Case{"QuoteAfterAParticiple",
             "Chris Christie bristled at the suggestion, saying, \"The advice I give to Donald is to Donald.\"",
             {{"direct", "The advice I give to Donald is to Donald.", "saying", "Chris Christie"}}},
        Case{"RelativeClauseOnTheSourceHasACueOfItsOwn",
             "\"Superdelegates ought not to sway the election,\" Warren, who has not endorsed anyone, told reporters.",
             {{"direct", "Superdelegates ought not to sway the election", "told", "Warren"}}},
        Case{"IndefiniteAppositionWithAParticiple",
             "\"I had breakfast with Pinchuk,\" Melanne Verveer, a diplomat then working for the State Department, wrote.",
             {{"direct", "I had breakfast with Pinchuk", "wrote", "Melanne Verveer"}}},
        Case{"AgeAppositionAfterTheQuote", "“We were wrong,” Maria Ramos, 58, told AFP in an interview on Monday.",
             {{"direct", "We were wrong", "told", "Maria Ramos"}}},
        Case{"CueAndSourceAfterTheQuote",
             "\"We will not stop,\" Anna Smith said.",
             {{"direct", "We will not stop", "said", "Anna Smith", "*", "*", 0}}},
        Case{"InvertedCueAfterTheQuote",
             "\xE2\x80\x9CWe expect rain,\xE2\x80\x9D said Olena Kovalchuk, a spokesperson for the regional "
             "administration.",
             {{"direct", "We expect rain", "said", "Olena Kovalchuk", "spokesperson", "regional administration", 0}}},
        Case{"ColonBeforeTheQuote",
             "Andrii Kovalenko said in a Telegram post: \"The troops have come under fire.\"",
             {{"direct", "The troops have come under fire.", "said", "Andrii Kovalenko"}}},
        Case{"SpeakerLabelBeforeTheQuote",
             "Zelensky: \"We will not give up.\"",
             {{"direct", "We will not give up.", "", "Zelensky"}}},
        Case{"SplitQuoteTwoContentsOneSource",
             "\"We will not stop,\" Anna Smith said. \"Never.\"",
             {{"direct", "We will not stop", "said", "Anna Smith"}, {"direct", "Never.", "", "Anna Smith"}}},
        Case{"QuoteOverSeveralSentences",
             "\"This is dangerous. Everything must be done,\" he warned.",
             {{"direct", "This is dangerous. Everything must be done", "warned", "he", "*", "*", -1, "he"}}},
        Case{"MultiParagraphQuote",
             "Anna Smith, the mayor, said: \"We will rebuild.\n\n\"We will not leave.\"\n\nThe rain stopped.",
             {{"direct", "We will rebuild.", "said", "Anna Smith", "mayor"},
              {"direct", "We will not leave.", "", "Anna Smith", "mayor"}}},
        Case{"CuelessQuoteParagraphContinuesThePreviousSpeaker",
             "\"We are ready,\" said Anna Smith.\n\n\"Nobody will stop us.\"",
             {{"direct", "Nobody will stop us.", "", "Anna Smith"}}},
        Case{"QuoteClosedByAnOpeningMarkStillAttributed",
             "\xE2\x80\x9CThe war must end now,\xE2\x80\x9C said Anna Smith.",
             {{"direct", "The war must end now", "said", "Anna Smith"}}},
        Case{"TranscriptInsideQuoteMarks",
             "\"WALLACE: Will she be there?\n\n\"PENCE: She will not be attending the debate.\"",
             {{"direct", "Will she be there?", "", "WALLACE"},
              {"direct", "She will not be attending the debate.", "", "PENCE"}}},
        Case{"BylineDashAfterTheQuote",
             "\xE2\x80\x9CHe makes blanket statements about people.\xE2\x80\x9D\xE2\x80\x95 Pamela Padilla",
             {{"direct", "He makes blanket statements about people.", "*", "Pamela Padilla"}}},
        Case{"DoubledApostropheQuotes",
             "''This isn't tax reform,'' said Mr. Smith.",
             {{"direct", "This isn't tax reform", "said", "Smith"}}}));

class ReportedSpeechTest : public ::testing::TestWithParam<Case> {};
TEST_P(ReportedSpeechTest, Attributes) { Check(GetParam()); }
INSTANTIATE_TEST_SUITE_P(
    Cases, ReportedSpeechTest,
    ::testing::Values(
        Case{"ContentStartingWithAPrepositionIsKept", "Police said at least 12 roads were closed.",
             {{"indirect", "at least 12 roads were closed", "said", "police"}}},
        Case{"SaidThatClause", "Anna Smith said that the dam would hold.",
             {{"indirect", "the dam would hold", "said", "Anna Smith"}}},
        Case{"SaidClauseWithoutThat", "Anna Smith said the dam would hold.",
             {{"indirect", "the dam would hold", "said", "Anna Smith"}}},
        Case{"ClauseThenSourceSaid", "The dam would hold, Anna Smith said.",
             {{"indirect", "The dam would hold", "said", "Anna Smith"}}},
        Case{"ClauseThenInvertedSaid", "The dam would hold, said Anna Smith.",
             {{"indirect", "The dam would hold", "said", "Anna Smith"}}},
        Case{"AccordingToFirst", "According to the emergency service, as many as 12 people are missing.",
             {{"indirect", "as many as 12 people are missing", "According to", "the emergency service", "*", "*", 1,
               "the emergency service"}}},
        Case{"AccordingToLast", "As many as 12 people are missing, according to the emergency service.",
             {{"indirect", "As many as 12 people are missing", "according to", "the emergency service"}}},
        Case{"ToldReporters", "Anna Smith told reporters the dam would hold.",
             {{"indirect", "the dam would hold", "told", "Anna Smith"}}},
        Case{"ToldReutersThat", "Anna Smith told Reuters that the dam would hold.",
             {{"indirect", "the dam would hold", "told", "Anna Smith"}}},
        Case{"SaidInAStatement", "The ministry said in a statement that the dam would hold.",
             {{"indirect", "the dam would hold", "said", "the ministry", "*", "*", 1}}},
        Case{"TimeBetweenSourceAndCue", "The ministry on Tuesday said the dam would hold.",
             {{"indirect", "the dam would hold", "said", "the ministry"}}},
        Case{"CitingXAfterComma", "The dam had failed, citing local officials.",
             {{"indirect", "The dam had failed", "citing", "local officials"}}},
        Case{"CitingThat", "He read a local media report citing an official that the dam had failed.",
             {{"indirect", "the dam had failed", "citing", "local media report"}}},
        Case{"EstimateVerb", "The agency estimated that 40 homes were destroyed.",
             {{"indirect", "40 homes were destroyed", "estimated", "the agency"}}},
        Case{"WarnedVerb", "Anna Smith warned that the dam could fail.",
             {{"indirect", "the dam could fail", "warned", "Anna Smith"}}},
        Case{"DeniedVerb", "Moscow and Pyongyang have so far denied their military alliance.",
             {{"indirect", "their military alliance", "denied", "Moscow and Pyongyang"}}},
        Case{"ConfirmedVerb", "The police confirmed that two people were arrested.",
             {{"indirect", "two people were arrested", "confirmed", "the police"}}},
        Case{"AddedVerb", "Anna Smith added that the dam would hold.",
             {{"indirect", "the dam would hold", "added", "Anna Smith"}}},
        Case{"ClaimedVerb", "The rebels claimed that they had taken the town.",
             {{"indirect", "they had taken the town", "claimed", "the rebels"}}},
        Case{"QuotedAsSaying", "Anna Smith was quoted as saying the dam would hold.",
             {{"indirect", "the dam would hold", "*", "Anna Smith"}}},
        Case{"InAnInterviewWith", "In an interview with the BBC, Anna Smith said the dam would hold.",
             {{"indirect", "the dam would hold", "said", "Anna Smith"}}},
        Case{"ParticipleContinuesTheSpeaker", "Anna Smith praised the workers, saying the dam would hold.",
             {{"indirect", "the dam would hold", "saying", "Anna Smith"}}},
        Case{"AddingAfterAQuote", "\"We are ready,\" he said, adding that the dam would hold.",
             {{"indirect", "the dam would hold", "adding", "he"}}},
        Case{"HeadlineSays", "South says number of troops exceeds 10,000\n\nSouth Korea said on Monday that the "
                             "troops had arrived.",
             {{"indirect", "number of troops exceeds 10,000", "says", "South Korea", "*", "*", -1, "South"}}},
        Case{"HeadlineInvertedSays", "Number of troops exceeds 10,000, says South\n\nSouth Korea said the "
                                     "troops had arrived.",
             {{"indirect", "Number of troops exceeds 10,000", "says", "South Korea"}}},
        Case{"HeadlineSpeakerLabel", "Zelensky: Russia is preparing a new offensive\n\nThe war goes on.",
             {{"indirect", "Russia is preparing a new offensive", ":", "Zelensky"}}},
        Case{"HeadlineSpeakerLabelWithFullStop",
             "Rubio: I am not interested in being vice president.\n\nThe senator spoke on Sunday.",
             {{"indirect", "I am not interested in being vice president", ":", "Rubio"}}},
        Case{"HeadlineReportLabel", "Poll: Sanders leads Clinton nationally for the first time.\n\nThe poll ran for a week.",
             {{"indirect", "Sanders leads Clinton nationally for the first time", ":", "*"}}},
        Case{"SentenceFinalSourceWinsOverAVerbInsideTheClause",
             "The idea was raised when the two men talked at the Congressional Ball last month, Earnest said.",
             {{"indirect", "The idea was raised when the two men talked at the Congressional Ball last month", "said",
               "Earnest"}}},
        Case{"InvertedCueWithAppositionAndRelativeClause",
             "Tariffs are not likely to bring these jobs back, said David Autor, a professor of economics at "
             "M.I.T., who studies free trade.",
             {{"indirect", "Tariffs are not likely to bring these jobs back", "said", "David Autor", "professor of economics",
               "M.I.T."}}},
        Case{"ParticipleBeforeAPrepositionCue", "Rubio responded before adding that he will have to win some states in March.",
             {{"indirect", "he will have to win some states in March", "adding", "Rubio"}}},
        Case{"RelativeClauseSourceAfterAComma",
             "The deal was negotiated with help from Labor Secretary Thomas Perez, who said he expects it to be final "
             "by the weekend.",
             {{"indirect", "he expects it to be final by the weekend", "said", "Thomas Perez"}}},
        Case{"SubjectBeforeARelativeClause",
             "Hawkins and others who want to ban abortion said Monday's decision will make the choice more stark.",
             {{"indirect", "Monday's decision will make the choice more stark", "said", "Hawkins and others"}}},
        Case{"SubjectBeforeADashedAside",
             "The Supreme Court justice -- who has been involved in a scuffle with the nominee -- said she regretted "
             "her remarks.",
             {{"indirect", "she regretted her remarks", "said", "the Supreme Court justice"}}},
        Case{"AppositionWithAPreposition",
             "Anna Smith, a senior adviser to Mr. Sanders, said that the campaign would not mislead voters.",
             {{"indirect", "the campaign would not mislead voters", "said", "Anna Smith"}}},
        Case{"RoleWithARelativeClauseBeforeCue",
             "Murshed Zaheed, political director of CREDO Action, which organized the letter, said the response "
             "was weak.",
             {{"indirect", "the response was weak", "said", "Murshed Zaheed"}}},
        Case{"InvertedRoleThenNameThenTime",
             "The FBI did not find ties of any consequence, said the bureau's director, James B. Comey, on Monday.",
             {{"indirect", "The FBI did not find ties of any consequence", "said", "James B. Comey"}}},
        Case{"AgeAppositionBeforeCue", "Maria Ramos, 58, told AFP in an interview that she was wrong.",
             {{"indirect", "she was wrong", "told", "Maria Ramos"}}},
        Case{"RelativeClauseBeforeCue",
             "Steven Aftergood, who heads a project on secrecy, said he thought the attention was overblown.",
             {{"indirect", "he thought the attention was overblown", "said", "Steven Aftergood"}}},
        Case{"AskedWhether", "Sanders asked him whether he would raise money for other candidates.",
             {{"indirect", "whether he would raise money for other candidates", "asked", "Sanders"}}},
        Case{"CallingWithQuotedLabel", "Trump attacked Cruz on Friday, calling him “the worst senator in history.”",
             {{"mixed", "him “the worst senator in history.”", "calling", "Trump"}}},
        Case{"UnusualCueMocked", "Anna Smith mocked the plan as a fantasy.",
             {{"indirect", "the plan as a fantasy", "mocked", "Anna Smith"}}},
        Case{"SecondSubjectAfterBut",
             "Anna Smith said the email was a mistake, but she denied that she broke any rule.",
             {{"indirect", "she broke any rule", "denied", "Anna Smith", "*", "*", 0, "she"}}},
        Case{"CueWithColonThenStatementParagraph",
             "The governor added:\n\nIt is typical of her. She knows nothing.\n\nThe rain went on.",
             {{"indirect", "It is typical of her. She knows nothing", "added", "the governor"}}},
        Case{"RelativeClauseSource",
             "Trump refused to pay an architect who said he was never paid for the clubhouse.",
             {{"indirect", "he was never paid for the clubhouse", "said", "architect"}}},
        Case{"ProgressiveCue", "The union is demanding that the company raise wages by 12%.",
             {{"indirect", "the company raise wages by 12%", "demanding", "the union"}}},
        Case{"ParentheticalSourceKeepsTheLongerPart",
             "Climate change, Obama often says, is the greatest threat facing the world today.",
             {{"indirect", "is the greatest threat facing the world today", "says", "Obama"}}},
        Case{"TranscriptSpeakerLabel",
             "The interview went on.\n\nPENCE: Gennifer Flowers will not be attending the debate.",
             {{"indirect", "Gennifer Flowers will not be attending the debate", ":", "PENCE"}}},
        Case{"PartyAndStateInBracketsAfterTheName", "Sen. Rand Paul (R-Ky.) said the plan would fail.",
             {{"indirect", "the plan would fail", "said", "Rand Paul"}}},
        Case{"ThoseSurveyedAfterAQuantifier", "Many of those surveyed said the economy was getting worse.",
             {{"indirect", "the economy was getting worse", "said", "*", "*", "*", 1, "Many of those surveyed"}}},
        Case{"PercentageAsSource", "Some 40% said they would vote again.",
             {{"indirect", "they would vote again", "said", "*", "*", "*", 1, "Some 40%"}}},
        Case{"CueWordAfterAPossessiveIsANounOfTheSource",
             "A source familiar with Cruz's thinking said the senator would run again.",
             {{"indirect", "the senator would run again", "said", "*", "*", "*", 1,
               "A source familiar with Cruz's thinking"}}},
        Case{"ParentheticalAdverbialBeforeTheCue",
             "Brian Murphy, the chairman of the county party, for example, said the nominee had hurt his cause.",
             {{"indirect", "the nominee had hurt his cause", "said", "Brian Murphy", "chairman"}}},
        Case{"AccordingToAfterAClauseWithACueOfItsOwn",
             "He told the donors that she should step aside, according to two people at the meeting.",
             {{"indirect", "He told the donors that she should step aside", "according to", "*", "*", "*", -1,
               "two people at the meeting"}}},
        Case{"QuestionPutByNobodyNamed",
             "Asked whether he would fire the speechwriter, Priebus said he would not.",
             {{"indirect", "whether he would fire the speechwriter", "Asked", "", "null", "null", 1, "null"},
              {"indirect", "he would not", "said", "Priebus"}}},
        Case{"QuestionPutAfterTheAnswer",
             "Sanders said he would wait when asked whether he would raise money for others.",
             {{"indirect", "he would wait", "said", "Sanders"},
              {"indirect", "whether he would raise money for others", "asked", "", "null", "null", 1, "null"}}},
        Case{"ExpectationNobodyVoices", "The committee is widely expected to release its report this summer.",
             {{"indirect", "The committee is widely expected to release its report this summer", "is widely expected", "",
               "null", "null", 1, "null"}}},
        Case{"ShareOfThosePolledInARelativeClause",
             "Most Democrats back Clinton, including 18% who say they would be dissatisfied with Sanders.",
             {{"indirect", "they would be dissatisfied with Sanders", "say", "*", "*", "*", 1, "18%"}}},
        Case{"RecordsShowAtTheEnd", "The company gave $5,000 to the committee in June, campaign finance records show.",
             {{"indirect", "The company gave $5,000 to the committee in June", "show", "*", "*", "*", -1,
               "campaign finance records"}}},
        Case{"WeakParticipleCarriesOnAQuote", "\"I prefer Kasich,\" he said, noting he had backed Rubio before.",
             {{"indirect", "he had backed Rubio before", "noting", "*", "*", "*", -1, "*"}}},
        Case{"ParticipleAfterACommaInsideAClosingMark",
             "\u201cI wish him well,\u201d Trump told the hosts of \u201cMorning Joe,\u201d adding that his son knows Bush's son.",
             {{"indirect", "his son knows Bush's son", "adding", "Trump"}}},
        Case{"FinalCueWithAPrepositionalPhraseAfterIt",
             "Supporters ripped the signs away and began shoving her, she said in an interview.",
             {{"indirect", "Supporters ripped the signs away and began shoving her", "said", "*", "*", "*", -1, "she"}}},
        Case{"ToldALongObjectBeforeThat",
             "She told conservative radio host Hugh Hewitt on Wednesday that her tweet was a joke.",
             {{"indirect", "her tweet was a joke", "told", "*", "*", "*", -1, "She"}}},
        Case{"AccordingToASourceWithAParticiplePhrase",
             "According to a poll published Thursday, the senator leads the race by eight points.",
             {{"indirect", "the senator leads the race by eight points", "According to", "*", "*", "*", -1, "a poll"}}},
        Case{"ShareInTenAsSource", "About four in 10 said they were angry with the federal government.",
             {{"indirect", "they were angry with the federal government", "said", "*", "*", "*", 1, "four in 10"}}},
        Case{"ShareOfVotersInAPoll", "In the state, 78 percent of voters in a recent poll said they trust her.",
             {{"indirect", "they trust her", "said", "*", "*", "*", 1, "78 percent of voters in a recent poll"}}},
        Case{"PossessiveOpensTheSource", "Hamdy was also headed to Cairo, her friend said.",
             {{"indirect", "Hamdy was also headed to Cairo", "said", "*", "*", "*", -1, "her friend"}}},
        Case{"InvertedSourceWithARelativeClause",
             "Defending that terrain is within his wheelhouse, said a handful of Democrats who point to his ties to labor.",
             {{"indirect", "Defending that terrain is within his wheelhouse", "said", "*", "*", "*", 1,
               "a handful of Democrats"}}},
        Case{"InvertedSourceWithAnIndefiniteApposition",
             "The slogan appeals to voters who miss an era of factory jobs, said Alan Abramowitz, a demographer at Emory University.",
             {{"indirect", "The slogan appeals to voters who miss an era of factory jobs", "said", "Alan Abramowitz"}}},
        Case{"AppositionWithAnArticleAndAnInstitution",
             "Russell Wheeler, a fellow at the Brookings Institution, said Trump could file a complaint.",
             {{"indirect", "Trump could file a complaint", "said", "Russell Wheeler", "fellow"}}},
        Case{"RelativeClauseWithACueOfItsOwnBeforeTheMainCue",
             "A White House official, who requested anonymity, said the president has spoken with Emanuel.",
             {{"indirect", "the president has spoken with Emanuel", "said", "*", "*", "*", 1, "A White House official"}}},
        Case{"ParticipleAppositionBeforeTheCue",
             "Judge David McKeague, writing for the majority, said the early voting period is generous.",
             {{"indirect", "the early voting period is generous", "said", "David McKeague"}}},
        Case{"PollOpeningTheSentence",
             "In a September Washington Post-ABC News poll, most Republicans distrusted the party's leaders.",
             {{"indirect", "most Republicans distrusted the party's leaders", "In", "*", "*", "*", -1,
               "a September Washington Post-ABC News poll"}}},
        Case{"ParticipleAfterAnOpeningAdverbial",
             "In May, a federal judge sided with the Democrats, saying the law violated the Voting Rights Act.",
             {{"indirect", "the law violated the Voting Rights Act", "saying", "*", "*", "*", -1, "a federal judge"}}},
        Case{"ContentTrailingClauseAfterSourceIsNotContent",
             "The number exceeded 10,000, South Korea said, as the troops came under fire.",
             {{"indirect", "The number exceeded 10,000", "said", "South Korea"}}}));

class MixedQuoteTest : public ::testing::TestWithParam<Case> {};
TEST_P(MixedQuoteTest, Attributes) { Check(GetParam()); }
INSTANTIATE_TEST_SUITE_P(
    Cases, MixedQuoteTest,
    ::testing::Values(
        Case{"ReportedClauseWithQuotedFragment", "Anna Smith said the move was \"a dangerous escalation\".",
             {{"mixed", "the move was \"a dangerous escalation\"", "said", "Anna Smith"}}},
        Case{"FragmentWithMisusedClosingMark",
             "Anna Smith warned it could lead to an \xE2\x80\x9C" "escalation of the war\xE2\x80\x9C.",
             {{"mixed", "it could lead to an \xE2\x80\x9C" "escalation of the war\xE2\x80\x9C", "warned",
               "Anna Smith"}}},
        Case{"FragmentEndingInACommaBeforeAnInvertedCue",
             "Trump's misinformation may be \"strategic,\" said Jeffery Hemsley, a professor at Syracuse University.",
             {{"mixed", "Trump's misinformation may be \"strategic,\"", "said", "Jeffery Hemsley"}}},
        Case{"FragmentInDoubledApostrophesBeforeAnInvertedCue",
             "The tax plans are ''profoundly irresponsible,'' said Steve Bell, a former budget director.",
             {{"mixed", "The tax plans are ''profoundly irresponsible,''", "said", "Steve Bell"}}}));

class SourceResolutionTest : public ::testing::TestWithParam<Case> {};
TEST_P(SourceResolutionTest, Resolves) { Check(GetParam()); }
INSTANTIATE_TEST_SUITE_P(
    Cases, SourceResolutionTest,
    ::testing::Values(
        Case{"PronounToNearestPerson",
             "Anna Smith, the mayor, said the dam would hold. She added that 40 homes were destroyed.",
             {{"indirect", "40 homes were destroyed", "added", "Anna Smith", "mayor", "*", 0, "She"}}},
        Case{"ItToNearestOrganisation",
             "The intelligence agency said 12,000 troops were in Russia. They are training, it said.",
             {{"indirect", "They are training", "said", "the intelligence agency", "*", "*", 1, "it"}}},
        Case{"TitleAndSurnameToFullName",
             "Mathew Miller said the troops had arrived. Later, Mr Miller said he could not confirm it.",
             {{"indirect", "he could not confirm it", "said", "Mathew Miller", "*", "*", 0, "Mr Miller"}}},
        Case{"BareSurnameToFullName",
             "Jeon Ha-kyou said the troops had arrived. Jeon said more would come.",
             {{"indirect", "more would come", "said", "Jeon Ha-kyou"}}},
        Case{"RoleDescriptionToLastSourceWithThatRole",
             "Anna Smith, a spokesperson for the ministry, said the dam would hold. The spokesperson said "
             "nobody was hurt.",
             {{"indirect", "nobody was hurt", "said", "Anna Smith", "spokesperson"}}},
        Case{"IndefiniteRoleNamedInTheNextParagraph",
             "A State Department spokesperson said the troops could fight soon.\n\n\"We now assess that they "
             "could enter combat,\" Mathew Miller told a press briefing.",
             {{"indirect", "the troops could fight soon", "said", "Mathew Miller", "spokesperson",
               "State Department", 0, "A State Department spokesperson"},
              {"direct", "We now assess that they could enter combat", "told", "Mathew Miller", "spokesperson"}}},
        Case{"AppositionGivesRoleAndAffiliation",
             "\"We understand the troops are in Russia,\" Jeon Ha-kyou, a spokesperson for Seoul's defence "
             "ministry, told a briefing.",
             {{"direct", "We understand the troops are in Russia", "told", "Jeon Ha-kyou", "spokesperson",
               "Seoul's defence ministry", 0, "Jeon Ha-kyou"}}},
        Case{"PremodifierGivesRoleAndAffiliation",
             "State Department spokesperson Matthew Miller said the troops had arrived.",
             {{"indirect", "the troops had arrived", "said", "Matthew Miller", "spokesperson", "State Department",
               0}}},
        Case{"DemonymPremodifierGivesCountry",
             "Ukrainian President Volodymyr Zelensky said the troops had arrived.",
             {{"indirect", "the troops had arrived", "said", "Volodymyr Zelensky", "President", "Ukraine", 0}}},
        Case{"PossessiveRoleGivesAffiliation",
             "\"The situation is grave,\" said Stephane Dujarric, the UN chief's spokesperson.",
             {{"direct", "The situation is grave", "said", "Stephane Dujarric", "spokesperson", "UN", 0}}},
        Case{"RoleBeforeNameApposition",
             "The Ukrainian president, Volodymyr Zelensky, urged allies to act before it is too late.",
             {{"indirect", "allies to act before it is too late", "urged", "Volodymyr Zelensky", "president",
               "Ukraine", 0}}},
        Case{"CollectiveSourceIsAnonymous", "Officials said the dam would hold.",
             {{"indirect", "the dam would hold", "said", "officials", "*", "*", 1, "Officials"}}},
        Case{"MediaSourceIsAnonymous", "South Korean media reported that 40 troops had been killed.",
             {{"indirect", "40 troops had been killed", "reported", "South Korean media", "*", "*", 1}}},
        Case{"UnnamedOfficialIsAnonymous",
             "A senior U.S. official who spoke on condition of anonymity said the talks had failed.",
             {{"indirect", "the talks had failed", "said", "senior U.S. official", "*", "*", 1}}},
        Case{"AdministrationIsAnonymous", "The Biden administration says 10,000 troops are in Kursk.",
             {{"indirect", "10,000 troops are in Kursk", "says", "the Biden administration", "*", "*", 1}}},
        Case{"ChainAcrossParagraphs",
             "\"We are ready,\" said Anna Smith, the mayor.\n\n\"The dam will hold,\" she said.\n\n\"Nobody will "
             "leave.\"",
             {{"direct", "The dam will hold", "said", "Anna Smith", "mayor"},
              {"direct", "Nobody will leave.", "", "Anna Smith", "mayor"}}}));

TEST(AttributionAnnotatorTest, NamedOrganisationKeepsItsArticleAndTheOrganisationResolvesToIt) {
  Document doc = testing::Annotate(
      "About 2,500 people have been evacuated, according to the Red Cross. The organisation said it had "
      "opened four shelters.");
  ASSERT_EQ(doc.attributions().size(), 2u) << Describe(doc);
  EXPECT_EQ(doc.attributions()[0].source.name, "the Red Cross");
  EXPECT_EQ(doc.attributions()[1].source.name, "the Red Cross");
  EXPECT_EQ(doc.Text(*doc.attributions()[1].source.mention), "The organisation");
}

TEST(AttributionAnnotatorTest, TitleIsNotPartOfTheName) {
  Document doc = testing::Annotate("Governor Alicia Moreno said 3,100 people had been evacuated.");
  ASSERT_EQ(doc.attributions().size(), 1u) << Describe(doc);
  EXPECT_EQ(doc.attributions()[0].source.name, "Alicia Moreno");
  EXPECT_EQ(doc.attributions()[0].source.role.value_or(""), "Governor");
}

// A later part of a quote points at the attribution it carries on; a new
// quote with a cue of its own does not.
TEST(AttributionAnnotatorTest, ContinuationsPointAtTheQuoteTheyCarryOn) {
  Document doc = testing::Annotate(
      "\"We will not stop,\" Anna Smith said. \"Never.\"\n\n"
      "\"The river is rising,\" said Piotr Nowak.\n\n"
      "\"Nobody will stop it.\"\n\n"
      "\"We have sandbags,\" the mayor said.\n");
  const auto& atts = doc.attributions();
  auto find = [&](std::string_view content) -> int {
    for (size_t i = 0; i < atts.size(); ++i) {
      if (doc.Text(atts[i].content) == content) return static_cast<int>(i);
    }
    return -1;
  };
  const int first = find("We will not stop"), second = find("Never.");
  const int nowak = find("The river is rising"), paragraph = find("Nobody will stop it.");
  const int mayor = find("We have sandbags");
  ASSERT_TRUE(first >= 0 && second >= 0 && nowak >= 0 && paragraph >= 0 && mayor >= 0) << Describe(doc);
  EXPECT_FALSE(atts[first].continues.has_value());
  EXPECT_EQ(atts[second].continues, std::optional<uint32_t>(first));    // split quote
  EXPECT_FALSE(atts[nowak].continues.has_value());                      // its own cue
  EXPECT_EQ(atts[paragraph].continues, std::optional<uint32_t>(nowak));  // cue-less quote paragraph
  EXPECT_FALSE(atts[mayor].continues.has_value());
  EXPECT_EQ(atts[paragraph].source.name, "Piotr Nowak");
}

// A statement with a cue of its own shares the source of the one before but continues nothing:
// `continues` is for parts without a cue.
TEST(AttributionAnnotatorTest, ParticipleAfterAQuoteSharesTheSourceButContinuesNothing) {
  Document doc = testing::Annotate("\"We will win,\" Anna Smith said, adding that the count would take a week.");
  const auto& atts = doc.attributions();
  ASSERT_EQ(atts.size(), 2u) << Describe(doc);
  EXPECT_EQ(doc.Text(atts[1].content), "the count would take a week") << Describe(doc);
  EXPECT_EQ(atts[1].source.name, "Anna Smith") << Describe(doc);
  EXPECT_FALSE(atts[1].continues.has_value()) << Describe(doc);
}

// A quoted fragment inside a reported statement belongs to it; it is no direct quote of its own.
TEST(AttributionAnnotatorTest, QuoteInsideAReportedStatementIsNotASecondAttribution) {
  Document doc = testing::Annotate(
      "\u201cI understand who I am,\u201d Obama said.\n\n"
      "The president also told the radio host that he believes he, \u201cmay represent change that worries them.\u201d\n");
  ASSERT_EQ(doc.attributions().size(), 2u) << Describe(doc);
  const Attribution& a = doc.attributions()[1];
  EXPECT_EQ(ToString(a.kind), std::string_view("mixed")) << Describe(doc);
  EXPECT_EQ(doc.Text(a.content), "he believes he, \u201cmay represent change that worries them.\u201d") << Describe(doc);
}

TEST(AttributionAnnotatorTest, QuestionQuoteDoesNotTakeTheNextStatementsCue) {
  // "Joe Biden said he would go" is a statement of its own, not the cue of the question before it.
  Document doc = testing::Annotate("\xE2\x80\x9CWhy now?\xE2\x80\x9D Joe Biden said he would go to Kyiv on Monday.");
  for (const Attribution& a : doc.attributions()) {
    EXPECT_NE(doc.Text(a.content), "Why now?") << Describe(doc);
  }
  bool statement = false;
  for (const Attribution& a : doc.attributions()) statement |= doc.Text(a.content) == "he would go to Kyiv on Monday";
  EXPECT_TRUE(statement) << Describe(doc);
}

TEST(AttributionAnnotatorTest, QuotedTitleContinuesNoSpeaker) {
  Document doc = testing::Annotate(
      "\"The river is rising,\" said Piotr Nowak. He reads \"Opening Belle\" in the evenings.\n");
  for (const Attribution& a : doc.attributions()) EXPECT_NE(doc.Text(a.content), "Opening Belle") << Describe(doc);
}

TEST(AttributionAnnotatorTest, SpeechVerbWithAPlaceIsNoStatement) {
  Document doc = testing::Annotate("The two leaders talked at the Congressional Ball last month.");
  EXPECT_TRUE(doc.attributions().empty()) << Describe(doc);
}

TEST(AttributionAnnotatorTest, NounFormsOfCuesMakeNoAttribution) {
  Document doc = testing::Annotate("The results, summarized in a company filing dated Monday, were strong.");
  EXPECT_TRUE(doc.attributions().empty()) << Describe(doc);
}

TEST(AttributionAnnotatorTest, VerbsThatNameMakeNoAttribution) {
  for (const char* text : {"A company called Harmony Enterprises gave $5,000 to the committee.",
                           "The resort, now called Trump National Doral, reopened in May.",
                           "The senator found himself at the center of the storm on Monday."}) {
    Document doc = testing::Annotate(text);
    EXPECT_TRUE(doc.attributions().empty()) << text << "\n" << Describe(doc);
  }
  // A subject that calls something a name still reports.
  Document doc = testing::Annotate("The senator called Obama a failure.");
  ASSERT_EQ(doc.attributions().size(), 1u) << Describe(doc);
  EXPECT_EQ(doc.Text(doc.attributions()[0].content), "Obama a failure") << Describe(doc);
}

TEST(AttributionAnnotatorTest, FillsContractExampleLikeTheHandWrittenJson) {
  Document doc = testing::Annotate(
      "Officials say 3,000 evacuated after dam breach near Lviv\n\nMore than 3,000 people were evacuated on "
      "Monday after a dam burst near Lviv, regional officials said.\n\n\xE2\x80\x9CWe expect the water to recede "
      "by Wednesday,\xE2\x80\x9D said Olena Kovalchuk, a spokesperson for the regional administration. She added "
      "that about 40 homes had been destroyed.\n\nAccording to the emergency service, as many as 12 people are "
      "missing.\n");
  ASSERT_EQ(doc.attributions().size(), 5u) << Describe(doc);
  const auto& a = doc.attributions();
  EXPECT_EQ(doc.Text(a[0].content), "3,000 evacuated after dam breach near Lviv");
  EXPECT_EQ(a[0].source.name, "officials");
  EXPECT_EQ(doc.Text(a[1].content), "More than 3,000 people were evacuated on Monday after a dam burst near Lviv");
  EXPECT_EQ(a[1].source.name, "regional officials");
  EXPECT_EQ(doc.Text(a[2].content), "We expect the water to recede by Wednesday");
  EXPECT_EQ(a[2].source.name, "Olena Kovalchuk");
  EXPECT_EQ(doc.Text(a[3].content), "about 40 homes had been destroyed");
  EXPECT_EQ(a[3].source.name, "Olena Kovalchuk");
  EXPECT_EQ(a[3].source.affiliation.value_or(""), "regional administration");
  EXPECT_EQ(doc.Text(a[4].content), "as many as 12 people are missing");
}

TEST(AttributionAnnotatorTest, AttributionsAreInTextOrderWithSpansInsideTheText) {
  Document doc = testing::Annotate(
      "\"One,\" he said. Anna Smith said two. Three, said Bob Jones. According to Carl Lee, four.");
  uint32_t last = 0;
  for (const Attribution& a : doc.attributions()) {
    EXPECT_GE(a.content.begin, last);
    last = a.content.begin;
    EXPECT_LT(a.content.begin, a.content.end);
    EXPECT_LE(a.content.end, doc.text().size());
  }
}

TEST(AttributionAnnotatorTest, OddTextNeverFails) {
  const char* texts[] = {"", "\"", "said", "said said said", "\"\" said", ": \"", "According to", "according to ,",
                         "He said", ", said", "\"a\" \"b\" \"c\" said he", "Mr. said: \"\xE2\x80\x9C",
                         "\xE2\x80\x9D he said \xE2\x80\x9C", "He said \"never closes\n\nnext\n\n\"and again"};
  for (const char* t : texts) {
    Document doc = testing::Annotate(t);
    for (const Attribution& a : doc.attributions()) {
      EXPECT_LE(a.content.end, doc.text().size()) << t;
      if (a.cue) {
        EXPECT_LE(a.cue->end, doc.text().size()) << t;
      }
    }
  }
  // Random mixes of cue words, names, quote marks and punctuation.
  const char* pieces[] = {"said", "he", "Anna", "Smith", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", ",", ".", ":",
                          "according", "to", "the", "spokesperson", "'", "\n\n", "that", "told", "Mr.", "who"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) {
      text += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
      text += ' ';
    }
    Document doc = testing::Annotate(text);
    uint32_t last = 0;
    for (const Attribution& a : doc.attributions()) {
      EXPECT_LE(a.content.begin, a.content.end) << text;
      EXPECT_LE(a.content.end, doc.text().size()) << text;
      EXPECT_GE(a.content.begin, last) << text;
      last = a.content.begin;
    }
  }
}

TEST(AttributionAnnotatorTest, UsesEntitiesWhenATaggerFilledThem) {
  Result<Document> doc = DecodeText("Mr Putin said the treaty stands. Vladimir Putin spoke later.", {});
  Tokenizer().Annotate(*doc);
  SentenceSplitter().Annotate(*doc);
  Entity e;
  e.span = {3, 8};  // "Putin"
  e.label = EntityLabel::kPerson;
  e.entity = "Vladimir Putin";
  doc->mutable_entities().push_back(e);
  AttributionAnnotator().Annotate(*doc);
  ASSERT_EQ(doc->attributions().size(), 1u);
  EXPECT_EQ(doc->attributions()[0].source.name, "Vladimir Putin");
  EXPECT_FALSE(doc->attributions()[0].source.anonymous);
}

}  // namespace
}  // namespace hearsay
