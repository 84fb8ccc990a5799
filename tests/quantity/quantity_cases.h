// The quantity test set: sentences written for hearsay's tests (not taken from
// any article), each with the figure an analyst would read from it. Used by
// quantity_annotator_test.cc, which checks every case and prints the figures
// per kind. Published date for all: 2024-11-05 (a Tuesday).
//
// Fields left null are not checked. For `low`, `high`, `counts`, `unit`,
// `where`, `date`, `event` the string "null" expects JSON null. `none` cases
// expect no quantity whose text contains `figure`.
#ifndef HEARSAY_TESTS_QUANTITY_QUANTITY_CASES_H_
#define HEARSAY_TESTS_QUANTITY_QUANTITY_CASES_H_

#include "hearsay/document.h"

namespace hearsay::testing {

struct QuantityCase {
  const char* kind;
  const char* text;
  const char* figure;  // the expected span text
  double value = 0;
  Qualifier qualifier = Qualifier::kExact;
  const char* low = nullptr;
  const char* high = nullptr;
  const char* counts = nullptr;
  const char* unit = nullptr;
  const char* where = nullptr;
  const char* date = nullptr;
  const char* event = nullptr;
  bool none = false;
};

using Q = Qualifier;

inline const QuantityCase kQuantityCases[] = {
    // --- digits: separators, decimals, spaced groups
    {"digits", "Police said 10,000 people marched through the city.", "10,000", 10000, Q::kExact, "10000", "10000", "people"},
    {"digits", "Officials counted 10 000 refugees at the crossing.", "10 000", 10000, Q::kExact, nullptr, nullptr, "refugees"},
    {"digits", "The storm damaged 348 homes overnight.", "348", 348, Q::kExact, nullptr, nullptr, "homes"},
    {"digits", "A total of 1,250,000 ballots were cast.", "1,250,000", 1250000, Q::kExact, nullptr, nullptr, "ballots"},
    {"digits", "Rescuers pulled 7 survivors from the rubble.", "7", 7, Q::kExact, nullptr, nullptr, "survivors"},
    {"digits", "The company cut 2,300 jobs this year.", "2,300", 2300, Q::kExact, nullptr, nullptr, "jobs"},
    {"digits", "The army deployed 45 tanks to the border.", "45", 45, Q::kExact, nullptr, nullptr, "tanks"},
    {"digits", "The ministry registered 1.5 cases per hundred residents.", "1.5", 1.5, Q::kExact, nullptr, nullptr, "cases"},
    {"digits", "Some 2000 people attended the rally.", "Some 2000", 2000, Q::kApprox, nullptr, nullptr, "people"},
    {"digits", "Investigators interviewed 62 witnesses.", "62", 62, Q::kExact, nullptr, nullptr, "witnesses"},
    {"digits", "The navy lost 3 warships in the battle.", "3", 3, Q::kExact, nullptr, nullptr, "warships"},
    {"digits", "They detained 1,024 protesters on the first day.", "1,024", 1024, Q::kExact, nullptr, nullptr, "protesters"},
    {"digits", "Engineers inspected 15,600 bridges.", "15,600", 15600, Q::kExact, nullptr, nullptr, "bridges"},
    {"digits", "The clinic treated 85 patients.", "85", 85, Q::kExact, nullptr, nullptr, "patients"},
    {"digits", "Voters elected 435 members to the House.", "435", 435, Q::kExact, nullptr, nullptr, "members"},
    {"digits", "The fund supports 12 hospitals.", "12", 12, Q::kExact, nullptr, nullptr, "hospitals"},

    // --- number words
    {"words", "Forty people were rescued from the roof.", "Forty", 40, Q::kExact, nullptr, nullptr, "people"},
    {"words", "The raid killed twenty-five militants.", "twenty-five", 25, Q::kExact, nullptr, nullptr, "militants"},
    {"words", "Officials confirmed a dozen deaths.", "a dozen", 12, Q::kExact, nullptr, nullptr, "deaths"},
    {"words", "Ten thousand workers went on strike.", "Ten thousand", 10000, Q::kExact, nullptr, nullptr, "workers"},
    {"words", "Two hundred and fifty families lost their homes.", "Two hundred and fifty", 250, Q::kExact, nullptr, nullptr, "families"},
    {"words", "Three generals were dismissed.", "Three", 3, Q::kExact, nullptr, nullptr, "generals"},
    {"words", "The court sentenced seven men.", "seven", 7, Q::kExact, nullptr, nullptr, "men"},
    {"words", "Nineteen students passed the test.", "Nineteen", 19, Q::kExact, nullptr, nullptr, "students"},
    {"words", "The attack wounded eleven soldiers.", "eleven", 11, Q::kExact, nullptr, nullptr, "soldiers"},
    {"words", "Two dozen reporters waited outside.", "Two dozen", 24, Q::kExact, nullptr, nullptr, "reporters"},
    {"words", "A hundred volunteers cleaned the beach.", "A hundred", 100, Q::kExact, nullptr, nullptr, "volunteers"},
    {"words", "The region has a million inhabitants.", "a million", 1000000, Q::kExact, nullptr, nullptr, "inhabitants"},
    {"words", "Eighty-four drones were shot down.", "Eighty-four", 84, Q::kExact, nullptr, nullptr, "drones"},
    {"words", "The bill passed with sixty votes.", "sixty", 60, Q::kExact, nullptr, nullptr, "votes"},
    {"words", "Four villages were evacuated.", "Four", 4, Q::kExact, nullptr, nullptr, "villages", nullptr, nullptr, nullptr, "evacuated"},
    {"words", "Six thousand five hundred runners finished the race.", "Six thousand five hundred", 6500, Q::kExact, nullptr, nullptr, "runners"},
    {"words", "Nine ships were seized.", "Nine", 9, Q::kExact, nullptr, nullptr, "ships"},
    {"words", "Twelve journalists were detained.", "Twelve", 12, Q::kExact, nullptr, nullptr, "journalists"},

    // --- scales
    {"scales", "North Korea has 1.2 million soldiers.", "1.2 million", 1200000, Q::kExact, nullptr, nullptr, "soldiers"},
    {"scales", "The plan will create 3bn jobs, the minister claimed.", "3bn", 3e9, Q::kExact, nullptr, nullptr, "jobs"},
    {"scales", "The app has 500k users.", "500k", 500000, Q::kExact, nullptr, nullptr, "users"},
    {"scales", "The country owes 2.5 trillion to lenders.", "2.5 trillion", 2.5e12, Q::kExact},
    {"scales", "The census found 4.7 million residents.", "4.7 million", 4.7e6, Q::kExact, nullptr, nullptr, "residents"},
    {"scales", "The platform claims 2 billion subscribers.", "2 billion", 2e9, Q::kExact, nullptr, nullptr, "subscribers"},
    {"scales", "Organisers expect 20 thousand visitors.", "20 thousand", 20000, Q::kExact, nullptr, nullptr, "visitors"},
    {"scales", "The vaccine reached 3.4 mln people.", "3.4 mln", 3.4e6, Q::kExact, nullptr, nullptr, "people"},
    {"scales", "About 1.5 million refugees crossed the border.", "About 1.5 million", 1.5e6, Q::kApprox, "null", "null", "refugees"},
    {"scales", "The war displaced 6 million people.", "6 million", 6e6, Q::kExact, nullptr, nullptr, "people"},
    {"scales", "Half a million people lost power.", "Half a million", 500000, Q::kExact, nullptr, nullptr, "people"},
    {"scales", "The city has ten million residents.", "ten million", 1e7, Q::kExact, nullptr, nullptr, "residents"},

    // --- vague plurals: ranges with low/high
    {"vague", "Hundreds of people gathered in the square.", "Hundreds", 200, Q::kRange, "200", "999", "people"},
    {"vague", "Tens of thousands of protesters filled the streets.", "Tens of thousands", 20000, Q::kRange, "20000", "99999", "protesters"},
    {"vague", "Dozens of homes were destroyed.", "Dozens", 24, Q::kRange, "24", "99", "homes"},
    {"vague", "Thousands of migrants crossed the sea.", "Thousands", 2000, Q::kRange, "2000", "9999", "migrants"},
    {"vague", "Millions of children are out of school.", "Millions", 2e6, Q::kRange, "2000000", "9999999", "children"},
    {"vague", "Hundreds of thousands of people fled.", "Hundreds of thousands", 200000, Q::kRange, "200000", "999999", "people"},
    {"vague", "Several hundred soldiers surrendered.", "Several hundred", 300, Q::kRange, "300", "900", "soldiers"},
    {"vague", "A few thousand fans stayed to the end.", "A few thousand", 2000, Q::kRange, "2000", "5000", "fans"},
    {"vague", "Scores of civilians were wounded.", "Scores", 40, Q::kRange, "40", "99", "civilians"},
    {"vague", "Tens of millions of voters stayed home.", "Tens of millions", 2e7, Q::kRange, "20000000", "99999999", "voters"},
    {"vague", "Dozens of drones hit the capital overnight.", "Dozens", 24, Q::kRange, "24", "99", "drones"},
    {"vague", "Thousands of families were left without water.", "Thousands", 2000, Q::kRange, "2000", "9999", "families"},

    // --- fractions
    {"fractions", "Half of the residents left the town.", "Half", 0.5, Q::kExact, nullptr, nullptr, "residents", "fraction"},
    {"fractions", "Two-thirds of voters backed the plan.", "Two-thirds", 2.0 / 3, Q::kExact, nullptr, nullptr, "voters", "fraction"},
    {"fractions", "A third of the buildings collapsed.", "A third", 1.0 / 3, Q::kExact, nullptr, nullptr, "buildings", "fraction"},
    {"fractions", "Nearly half of the workers quit.", "Nearly half", 0.5, Q::kApprox, nullptr, nullptr, "workers", "fraction"},
    {"fractions", "Three-quarters of the doctors signed.", "Three-quarters", 0.75, Q::kExact, nullptr, nullptr, "doctors", "fraction"},
    {"fractions", "A quarter of the budget went to defence.", "A quarter", 0.25, Q::kExact, nullptr, nullptr, "budget", "fraction"},
    {"fractions", "More than half of the patients recovered.", "More than half", 0.5, Q::kOver, "0.5", "null", "patients", "fraction"},
    {"fractions", "Only 3/4 of the seats were filled.", "3/4", 0.75, Q::kExact, nullptr, nullptr, "seats", "fraction"},

    // --- percentages
    {"percent", "Turnout reached 40% of voters.", "40%", 40, Q::kExact, nullptr, nullptr, "voters", "percent"},
    {"percent", "Prices rose 3.5% in October.", "3.5%", 3.5, Q::kExact, nullptr, nullptr, "null", "percent"},
    {"percent", "About 60 percent of the city lost power.", "About 60 percent", 60, Q::kApprox, nullptr, nullptr, "city", "percent"},
    {"percent", "Unemployment fell to 4.1 per cent.", "4.1 per cent", 4.1, Q::kExact, nullptr, nullptr, "null", "percent"},
    {"percent", "Support dropped by 5 percentage points.", "5 percentage points", 5, Q::kExact, nullptr, nullptr, "null", "percentage point"},
    {"percent", "More than 70% of the ballots were counted.", "More than 70%", 70, Q::kOver, "70", "null", "ballots", "percent"},
    {"percent", "Less than 10 percent of the aid arrived.", "Less than 10 percent", 10, Q::kUnder, "null", "10", "aid", "percent"},
    {"percent", "Inflation hit 12 pct last month.", "12 pct", 12, Q::kExact, nullptr, nullptr, nullptr, "percent"},

    // --- money with currency
    {"money", "The US pledged $1.2 billion in military aid.", "$1.2 billion", 1.2e9, Q::kExact, nullptr, nullptr, "military aid", "USD"},
    {"money", "The deal is worth $1.2bn.", "$1.2bn", 1.2e9, Q::kExact, nullptr, nullptr, nullptr, "USD"},
    {"money", "Brussels approved €50 billion for Ukraine.", "€50 billion", 5e10, Q::kExact, nullptr, nullptr, nullptr, "EUR"},
    {"money", "The club paid £85m for the striker.", "£85m", 8.5e7, Q::kExact, nullptr, nullptr, nullptr, "GBP"},
    {"money", "Seoul set aside ₩500 billion for the plan.", "₩500 billion", 5e11, Q::kExact, nullptr, nullptr, nullptr, "KRW"},
    {"money", "The fine was 500 million won.", "500 million won", 5e8, Q::kExact, nullptr, nullptr, nullptr, "KRW"},
    {"money", "Kyiv will spend 20 billion hryvnias on drones.", "20 billion hryvnias", 2e10, Q::kExact, nullptr, nullptr, nullptr, "UAH"},
    {"money", "The repairs cost 300,000 euros.", "300,000 euros", 300000, Q::kExact, nullptr, nullptr, nullptr, "EUR"},
    {"money", "He was paid US$5m.", "US$5m", 5e6, Q::kExact, nullptr, nullptr, nullptr, "USD"},
    {"money", "The budget is roughly $3 trillion.", "roughly $3 trillion", 3e12, Q::kApprox, nullptr, nullptr, nullptr, "USD"},
    {"money", "Losses exceeded $40 million.", "exceeded $40 million", 4e7, Q::kOver, "40000000", "null", nullptr, "USD"},
    {"money", "Tickets cost $25.", "$25", 25, Q::kExact, nullptr, nullptr, nullptr, "USD"},
    {"money", "The firm raised 2 million dollars.", "2 million dollars", 2e6, Q::kExact, nullptr, nullptr, nullptr, "USD"},
    {"money", "Moscow spent 10 billion roubles on the bridge.", "10 billion roubles", 1e10, Q::kExact, nullptr, nullptr, nullptr, "RUB"},
    {"money", "The loan totals ¥300 billion.", "¥300 billion", 3e11, Q::kExact, nullptr, nullptr, nullptr, "JPY"},
    {"money", "Donors gave between $2m and $3m.", "between $2m and $3m", 2e6, Q::kRange, "2000000", "3000000", nullptr, "USD"},

    // --- units of measure
    {"units", "The convoy stretched 40 km along the road.", "40 km", 40, Q::kExact, nullptr, nullptr, "null", "km"},
    {"units", "The drone flew 120 miles.", "120 miles", 120, Q::kExact, nullptr, nullptr, "null", "mi"},
    {"units", "The army fired 3 tonnes of explosives.", "3 tonnes", 3, Q::kExact, nullptr, nullptr, nullptr, "t"},
    {"units", "The fire burned 5,000 hectares of forest.", "5,000 hectares", 5000, Q::kExact, nullptr, nullptr, nullptr, "ha"},
    {"units", "The wall is 12 metres high.", "12 metres", 12, Q::kExact, nullptr, nullptr, nullptr, "m"},
    {"units", "Output reached 1.2 million barrels per day.", "1.2 million barrels per day", 1.2e6, Q::kExact, nullptr, nullptr, nullptr, "bbl/day"},
    {"units", "The plant produces 900 MW of power.", "900 MW", 900, Q::kExact, nullptr, nullptr, nullptr, "MW"},
    {"units", "The package weighed 2 kg.", "2 kg", 2, Q::kExact, nullptr, nullptr, nullptr, "kg"},
    {"units", "The front moved about 10 kilometres.", "about 10 kilometres", 10, Q::kApprox, nullptr, nullptr, nullptr, "km"},
    {"units", "The siege lasted 80 days.", "80 days", 80, Q::kExact, nullptr, nullptr, nullptr, "day"},

    // --- ordinals: recognised, not counted
    {"ordinals", "It was the first set of troops to arrive.", "first", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"ordinals", "The 21st brigade took the hill.", "21st", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"ordinals", "She finished second in the race.", "second", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"ordinals", "It was the third attack this week.", "third", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"ordinals", "The twenty-first century began badly.", "twenty-first", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"ordinals", "The 3rd division withdrew.", "3rd", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"ordinals", "For the tenth time, talks failed.", "tenth", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"ordinals", "The 100th day of the war passed quietly.", "100th", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},

    // --- ranges
    {"ranges", "Between 10,000 and 12,000 troops were sent.", "Between 10,000 and 12,000", 10000, Q::kRange, "10000", "12000", "troops"},
    {"ranges", "Officials said 10,000-12,000 troops were sent.", "10,000-12,000", 10000, Q::kRange, "10000", "12000", "troops"},
    {"ranges", "They expect 10,000 to 12,000 visitors.", "10,000 to 12,000", 10000, Q::kRange, "10000", "12000", "visitors"},
    {"ranges", "The toll rose from 40 to 60 deaths.", "from 40 to 60", 40, Q::kRange, "40", "60", "deaths"},
    {"ranges", "Two or three soldiers were hurt.", "Two or three", 2, Q::kRange, "2", "3", "soldiers"},
    {"ranges", "The plan will cost 1 to 2 million dollars.", "1 to 2 million dollars", 1e6, Q::kRange, "1000000", "2000000", nullptr, "USD"},
    {"ranges", "Estimates put the crowd at 5,000–7,000 people.", "5,000–7,000", 5000, Q::kRange, "5000", "7000", "people"},
    {"ranges", "Between five and seven ships were hit.", "Between five and seven", 5, Q::kRange, "5", "7", "ships"},
    {"ranges", "The strike involved 300-400 workers.", "300-400", 300, Q::kRange, "300", "400", "workers"},
    {"ranges", "Prices rose between 3% and 5%.", "between 3% and 5%", 3, Q::kRange, "3", "5", nullptr, "percent"},
    {"ranges", "The storm left 20 to 30 people injured.", "20 to 30", 20, Q::kRange, "20", "30", "people"},
    {"ranges", "From 2 to 4 million people may be affected.", "From 2 to 4 million", 2e6, Q::kRange, "2000000", "4000000", "people"},

    // --- qualifiers
    {"qualifiers", "About 40 homes had been destroyed.", "About 40", 40, Q::kApprox, "null", "null", "homes", nullptr, nullptr, nullptr, "destroyed"},
    {"qualifiers", "Around 10,000 soldiers are in the region.", "Around 10,000", 10000, Q::kApprox, "null", "null", "soldiers"},
    {"qualifiers", "Roughly 300 families were moved.", "Roughly 300", 300, Q::kApprox, "null", "null", "families"},
    {"qualifiers", "Nearly 2,000 people signed the letter.", "Nearly 2,000", 2000, Q::kApprox, "null", "null", "people"},
    {"qualifiers", "Almost 90 ships were stuck.", "Almost 90", 90, Q::kApprox, "null", "null", "ships"},
    {"qualifiers", "An estimated 5,000 fighters joined.", "An estimated 5,000", 5000, Q::kApprox, "null", "null", "fighters"},
    {"qualifiers", "Approximately 75 vehicles were damaged.", "Approximately 75", 75, Q::kApprox, "null", "null", "vehicles"},
    {"qualifiers", "More than 3,000 people were evacuated.", "More than 3,000", 3000, Q::kOver, "3000", "null", "people"},
    {"qualifiers", "Over 500 buildings were hit.", "Over 500", 500, Q::kOver, "500", "null", "buildings"},
    {"qualifiers", "The number of refugees exceeded 10,000.", "exceeded 10,000", 10000, Q::kOver, "10000", "null", "refugees"},
    {"qualifiers", "Casualties are above 1,000 soldiers.", "above 1,000", 1000, Q::kOver, "1000", "null", "soldiers"},
    {"qualifiers", "Upwards of 200 officers took part.", "Upwards of 200", 200, Q::kOver, "200", "null", "officers"},
    {"qualifiers", "At least 12 civilians were killed.", "At least 12", 12, Q::kAtLeast, "12", "null", "civilians", nullptr, nullptr, nullptr, "killed"},
    {"qualifiers", "No fewer than 30 ships joined the drill.", "No fewer than 30", 30, Q::kAtLeast, "30", "null", "ships"},
    {"qualifiers", "Fewer than 100 soldiers remained.", "Fewer than 100", 100, Q::kUnder, "null", "100", "soldiers"},
    {"qualifiers", "Less than 50 tanks are operational.", "Less than 50", 50, Q::kUnder, "null", "50", "tanks"},
    {"qualifiers", "Turnout was below 30 percent.", "below 30 percent", 30, Q::kUnder, "null", "30", nullptr, "percent"},
    {"qualifiers", "As many as 12 people are missing.", "As many as 12", 12, Q::kAtMost, "null", "12", "people", nullptr, nullptr, nullptr, "missing"},
    {"qualifiers", "Up to 400 workers may lose jobs.", "Up to 400", 400, Q::kAtMost, "null", "400", "workers"},
    {"qualifiers", "No more than 20 journalists were allowed in.", "No more than 20", 20, Q::kAtMost, "null", "20", "journalists"},
    {"qualifiers", "At most 15 boats left the port.", "At most 15", 15, Q::kAtMost, "null", "15", "boats"},
    {"qualifiers", "The bombing killed 30 people or more.", "30", 30, Q::kAtLeast, "30", "null", "people"},
    {"qualifiers", "Police arrested 200 or more protesters.", "200 or more", 200, Q::kAtLeast, "200", "null", "protesters"},
    {"qualifiers", "Some 300 soldiers deserted.", "Some 300", 300, Q::kApprox, "null", "null", "soldiers"},
    {"qualifiers", "Close to 600 homes flooded.", "Close to 600", 600, Q::kApprox, "null", "null", "homes"},
    {"qualifiers", "The death toll surpassed 1,000.", "surpassed 1,000", 1000, Q::kOver, "1000", "null", "deaths"},
    {"qualifiers", "In excess of 80 drones were launched.", "In excess of 80", 80, Q::kOver, "80", "null", "drones"},
    {"qualifiers", "Just under 400 passengers were aboard.", "Just under 400", 400, Q::kUnder, "null", "400", "passengers"},

    // --- what is counted: head noun phrases, splits, implied counts
    {"counts", "Ukraine said 12,000 North Korean troops were in Russia.", "12,000", 12000, Q::kExact, nullptr, nullptr, "North Korean troops", nullptr, "Russia"},
    {"counts", "The unit had 500 officers and three generals.", "500", 500, Q::kExact, nullptr, nullptr, "officers"},
    {"counts", "The unit had 500 officers and three generals.", "three", 3, Q::kExact, nullptr, nullptr, "generals"},
    {"counts", "The raid freed 40 wounded soldiers.", "40", 40, Q::kExact, nullptr, nullptr, "wounded soldiers"},
    {"counts", "The number of North Korean troops in Russia exceeded 10,000.", "exceeded 10,000", 10000, Q::kOver, nullptr, nullptr, "North Korean troops", nullptr, "Russia"},
    {"counts", "North Korean troops moved to the front. As many as 40 had been killed.", "As many as 40", 40, Q::kAtMost, nullptr, nullptr, "North Korean troops", nullptr, nullptr, nullptr, "killed"},
    {"counts", "Officials say 3,000 evacuated after the flood.", "3,000", 3000, Q::kExact, nullptr, nullptr, "people", nullptr, nullptr, nullptr, "evacuated"},
    {"counts", "Rebels seized 14 armoured vehicles.", "14", 14, Q::kExact, nullptr, nullptr, "armoured vehicles"},
    {"counts", "The ministry sent 300 medical staff.", "300", 300, Q::kExact, nullptr, nullptr, "medical staff"},
    {"counts", "The camp holds 8,000 Syrian refugees.", "8,000", 8000, Q::kExact, nullptr, nullptr, "Syrian refugees"},
    {"counts", "The total of displaced people reached 50,000.", "50,000", 50000, Q::kExact, nullptr, nullptr, "displaced people"},
    {"counts", "The death toll rose to 87.", "87", 87, Q::kExact, nullptr, nullptr, "deaths"},
    {"counts", "Of the 300 passengers, 40 were injured.", "40", 40, Q::kExact, nullptr, nullptr, "passengers"},
    {"counts", "The army has 200,000 troops. Of those, 30,000 are reservists.", "30,000", 30000, Q::kExact},
    {"counts", "Police fired on 2,000 demonstrators.", "2,000", 2000, Q::kExact, nullptr, nullptr, "demonstrators"},
    {"counts", "The firm employs 4,500 people in Ohio.", "4,500", 4500, Q::kExact, nullptr, nullptr, "people", nullptr, "Ohio"},
    {"counts", "Forty officer-level personnel defected.", "Forty", 40, Q::kExact, nullptr, nullptr, "officer-level personnel"},
    {"counts", "The strikes hit 6 power plants and 12 substations.", "12", 12, Q::kExact, nullptr, nullptr, "substations"},
    {"counts", "The strikes hit 6 power plants and 12 substations.", "6", 6, Q::kExact, nullptr, nullptr, "power plants"},
    {"counts", "Rescuers found 9 bodies.", "9", 9, Q::kExact, nullptr, nullptr, "bodies"},

    {"counts", "Two of the officers were kneeling.", "Two", 2, Q::kExact, nullptr, nullptr, "officers"},
    {"counts", "The epidemic spread, killing more than 10,000.", "more than 10,000", 10000, Q::kOver, nullptr, nullptr, "people", nullptr, nullptr, nullptr, "killing"},
    {"counts", "Apple would owe $65.4 billion in taxes.", "$65.4 billion", 65.4e9, Q::kExact, nullptr, nullptr, "taxes", "USD"},

    {"counts", "The party now controls two of the seven seats.", "two", 2, Q::kExact, nullptr, nullptr, "seats"},
    // --- where
    {"where", "About 12,000 troops were already in Russia.", "About 12,000", 12000, Q::kApprox, nullptr, nullptr, "troops", nullptr, "Russia", nullptr, "in Russia"},
    {"where", "Around 10,000 soldiers are now in Russia's Kursk.", "Around 10,000", 10000, Q::kApprox, nullptr, nullptr, "soldiers", nullptr, "Kursk"},
    {"where", "As many as 10,000 troops are in the Kursk region.", "As many as 10,000", 10000, Q::kAtMost, nullptr, nullptr, "troops", nullptr, "Kursk"},
    {"where", "They trained at five military bases.", "five", 5, Q::kExact, nullptr, nullptr, "military bases", nullptr, "null"},
    {"where", "More than 300 soldiers died on the battlefield.", "More than 300", 300, Q::kOver, nullptr, nullptr, "soldiers", nullptr, "battlefield"},
    {"where", "The flood forced 3,000 people from their homes near Lviv.", "3,000", 3000, Q::kExact, nullptr, nullptr, "people", nullptr, "Lviv"},
    {"where", "Nearly 500 troops serve in the Russian army.", "Nearly 500", 500, Q::kApprox, nullptr, nullptr, "troops", nullptr, "Russian army"},
    {"where", "In Gaza, 40 trucks crossed on Sunday.", "40", 40, Q::kExact, nullptr, nullptr, "trucks", nullptr, "Gaza"},
    {"where", "Some 2,000 migrants arrived in Italy.", "Some 2,000", 2000, Q::kApprox, nullptr, nullptr, "migrants", nullptr, "Italy"},
    {"where", "Over 70 people died in floods across Spain.", "Over 70", 70, Q::kOver, nullptr, nullptr, "people", nullptr, "Spain"},
    {"where", "Ukraine has received 50 tanks, officials said.", "50", 50, Q::kExact, nullptr, nullptr, "tanks", nullptr, "Ukraine"},
    {"where", "A dam burst near Lviv. Some 40 homes were destroyed.", "Some 40", 40, Q::kApprox, nullptr, nullptr, "homes", nullptr, nullptr},
    {"where", "The firm has 90 workers at the Brics summit venue.", "90", 90, Q::kExact, nullptr, nullptr, "workers", nullptr, "null"},
    {"where", "Two hundred troops made their way to Kursk.", "Two hundred", 200, Q::kExact, nullptr, nullptr, "troops", nullptr, "Kursk"},

    {"where", "The bill got 52 votes in the Senate.", "52", 52, Q::kExact, nullptr, nullptr, "votes", nullptr, "null"},
    {"where", "The New York Times counted 40 deaths.", "40", 40, Q::kExact, nullptr, nullptr, "deaths", nullptr, "null"},

    {"where", "According to CNN, 40 percent of voters agree.", "40 percent", 40, Q::kExact, nullptr, nullptr, "voters", "percent", "null"},
    {"where", "Clinton has 2,205 delegates, compared to Sanders' 1,192.", "1,192", 1192, Q::kExact, nullptr, nullptr, nullptr, nullptr, "null"},
    {"where", "Some 300 people marched through Warsaw.", "Some 300", 300, Q::kApprox, nullptr, nullptr, "people", nullptr, "Warsaw"},

    // --- dates
    {"dates", "More than 3,000 people were evacuated on Monday.", "More than 3,000", 3000, Q::kOver, nullptr, nullptr, "people", nullptr, nullptr, "2024-11-04"},
    {"dates", "On Tuesday, 40 soldiers were captured.", "40", 40, Q::kExact, nullptr, nullptr, "soldiers", nullptr, nullptr, "2024-11-05"},
    {"dates", "Police arrested 25 people on Oct. 31.", "25", 25, Q::kExact, nullptr, nullptr, "people", nullptr, nullptr, "2024-10-31"},
    {"dates", "Last week 300 refugees arrived.", "300", 300, Q::kExact, nullptr, nullptr, "refugees", nullptr, nullptr, "2024-10-28"},
    {"dates", "Yesterday 12 boats sank.", "12", 12, Q::kExact, nullptr, nullptr, "boats", nullptr, nullptr, "2024-11-04"},
    {"dates", "Earlier this month 90 drones were launched.", "90", 90, Q::kExact, nullptr, nullptr, "drones", nullptr, nullptr, "2024-11-01"},
    {"dates", "On 2 November, 15 ships docked.", "15", 15, Q::kExact, nullptr, nullptr, "ships", nullptr, nullptr, "2024-11-02"},
    {"dates", "On October 12, 2023, 7 journalists were detained.", "7", 7, Q::kExact, nullptr, nullptr, "journalists", nullptr, nullptr, "2023-10-12"},
    {"dates", "Last Friday 60 workers were laid off.", "60", 60, Q::kExact, nullptr, nullptr, "workers", nullptr, nullptr, "2024-11-01"},
    {"dates", "Three days ago 8 fishermen went missing.", "8", 8, Q::kExact, nullptr, nullptr, "fishermen", nullptr, nullptr, "2024-11-02"},
    {"dates", "On 2024-10-20 about 400 people marched.", "about 400", 400, Q::kApprox, nullptr, nullptr, "people", nullptr, nullptr, "2024-10-20"},
    {"dates", "Some 50 homes burned.", "Some 50", 50, Q::kApprox, nullptr, nullptr, "homes", nullptr, nullptr, "null"},
    {"dates", "Last month 1,000 jobs were cut.", "1,000", 1000, Q::kExact, nullptr, nullptr, "jobs", nullptr, nullptr, "2024-10-01"},
    {"dates", "On Sept. 3 some 30 flights were cancelled.", "some 30", 30, Q::kApprox, nullptr, nullptr, "flights", nullptr, nullptr, "2024-09-03"},

    {"dates", "More than 2,000 people have been evacuated since Sunday, the governor said on Monday.", "More than 2,000", 2000, Q::kOver, nullptr, nullptr, "people", nullptr, nullptr, "2024-11-04"},
    {"dates", "Some 20 ships must leave by Friday.", "Some 20", 20, Q::kApprox, nullptr, nullptr, "ships", nullptr, nullptr, "null"},

    // --- not quantities
    {"not", "The war began in 2022.", "2022", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "In 1990, the wall fell.", "1990", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The meeting starts at 10:30 a.m.", "10:30", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The call came at 9 p.m.", "9", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The vote is on Oct. 31.", "31", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The report is dated 2024-11-05.", "2024-11-05", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The attacks of 9/11 changed everything.", "9/11", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "Call 555-1234 for details.", "555", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "Call (555) 123-4567 for details.", "123", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "It is one of the world's largest armies.", "one", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "A soldier was wounded.", "A", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The treaty between the two countries holds.", "two", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "Article 5 was invoked.", "5", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The man, aged 40, was arrested.", "40", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The victim was 40 years old.", "40", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "A 40-year-old man was arrested.", "40", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "No one was hurt.", "one", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "Music of the 1990s returned.", "1990s", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "They met in the '90s.", "90", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "Flight 17 was shot down.", "17", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The talks resume in October 2025.", "2025", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The crew of Apollo 11 landed on the Moon.", "11", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "Call +44 20 7946 0958 now.", "7946", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "They spoke to one another.", "one", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The rule dates from 1648.", "1648", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "Kim Jong-un met the delegation.", "un", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "A significant number of troops moved.", "number", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "Between 2019 and 2021 the plant was closed.", "2019", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "Peter Smith, 76, was hurt.", "76", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The shop is open 24/7.", "24/7", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "The home side won 5-1 on Saturday.", "5", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "Call +380 44 123 4567 for help.", "4567", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {"not", "1. The first list item.", "1", 0, Q::kExact, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, true},
};

}  // namespace hearsay::testing

#endif  // HEARSAY_TESTS_QUANTITY_QUANTITY_CASES_H_
