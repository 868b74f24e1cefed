/**
 * The texts of the three "Oförutsedda resultat" codes as v6 added them to existing evaluations, frozen
 * here: a later edit of resources/frameworks/results-matrix.json must not change what this migration writes.
 */
export const V6_UNFORESEEN_TEXTS = {
  nationell: {
    labelSv: "Oförutsedda resultat",
    labelEn: "Unforeseen results",
    definitionSv: "Ett resultat eller en effekt för departement, Tillväxtverket eller andra myndigheter som ingen kategori i resultatmatrisen förutsåg. Koda här det som visar om kartan stämde med verkligheten, positivt som negativt.",
    definitionEn: "A result or effect for government departments, Tillväxtverket or other agencies that no category of the results matrix foresaw. Code here what shows whether the map matched reality, positive or negative.",
    inclusionSv: "Oplanerade resultat, sidoeffekter och överraskningar som projektet själv beskriver eller som framgår av data; även negativa följder som ingen räknat med. Skapa gärna egna underkoder för återkommande slag av oförutsedda resultat.",
    inclusionEn: "Unplanned results, side effects and surprises that the project itself describes or that the data shows; also negative consequences nobody expected. Feel free to add your own sub-codes for recurring kinds of unforeseen results.",
    exclusionSv: "Ett resultat som passar en förväntad kategori på samma nivå kodas där, även om det kom senare eller blev större än planerat. Ett resultat på en annan nivå kodas under den nivåns oförutsedda resultat.",
    exclusionEn: "A result that fits an expected category of the same level goes there, even if it came later or grew larger than planned. A result at another level goes under that level's unforeseen results.",
    exampleSv: "Departementet bad oväntat om projektets modell för dialog med kommunerna som underlag till en ny förordning.",
    exampleEn: "The ministry unexpectedly asked for the project's model of dialogue with the municipalities as input to a new ordinance.",
  },
  regional: {
    labelSv: "Oförutsedda resultat",
    labelEn: "Unforeseen results",
    definitionSv: "Ett resultat eller en effekt för regionala organ, länsstyrelser eller organisationer i regionen som ingen kategori i resultatmatrisen förutsåg. Koda här det som visar om kartan stämde med verkligheten, positivt som negativt.",
    definitionEn: "A result or effect for regional bodies, county administrative boards or organisations in the region that no category of the results matrix foresaw. Code here what shows whether the map matched reality, positive or negative.",
    inclusionSv: "Oplanerade resultat, sidoeffekter och överraskningar som projektet själv beskriver eller som framgår av data; även negativa följder som ingen räknat med. Skapa gärna egna underkoder för återkommande slag av oförutsedda resultat.",
    inclusionEn: "Unplanned results, side effects and surprises that the project itself describes or that the data shows; also negative consequences nobody expected. Feel free to add your own sub-codes for recurring kinds of unforeseen results.",
    exclusionSv: "Ett resultat som passar en förväntad kategori på samma nivå kodas där, även om det kom senare eller blev större än planerat. Ett resultat på en annan nivå kodas under den nivåns oförutsedda resultat.",
    exclusionEn: "A result that fits an expected category of the same level goes there, even if it came later or grew larger than planned. A result at another level goes under that level's unforeseen results.",
    exampleSv: "Länsstyrelsen har, utan att det var planerat, tagit över projektets mötesforum och driver det vidare i egen regi.",
    exampleEn: "Without it being planned, the county administrative board has taken over the project's meeting forum and runs it itself.",
  },
  lokal: {
    labelSv: "Oförutsedda resultat",
    labelEn: "Unforeseen results",
    definitionSv: "Ett resultat eller en effekt för kommuner, näringslivsorganisationer, projektägare eller projektledare som ingen kategori i resultatmatrisen förutsåg. Koda här det som visar om kartan stämde med verkligheten, positivt som negativt.",
    definitionEn: "A result or effect for municipalities, business organisations, project owners or project managers that no category of the results matrix foresaw. Code here what shows whether the map matched reality, positive or negative.",
    inclusionSv: "Oplanerade resultat, sidoeffekter och överraskningar som projektet själv beskriver eller som framgår av data; även negativa följder som ingen räknat med. Skapa gärna egna underkoder för återkommande slag av oförutsedda resultat.",
    inclusionEn: "Unplanned results, side effects and surprises that the project itself describes or that the data shows; also negative consequences nobody expected. Feel free to add your own sub-codes for recurring kinds of unforeseen results.",
    exclusionSv: "Ett resultat som passar en förväntad kategori på samma nivå kodas där, även om det kom senare eller blev större än planerat. Ett resultat på en annan nivå kodas under den nivåns oförutsedda resultat.",
    exclusionEn: "A result that fits an expected category of the same level goes there, even if it came later or grew larger than planned. A result at another level goes under that level's unforeseen results.",
    exampleSv: "Ett sidospår blev viktigast: handlarna i Lysekil startade en gemensam hemleveranstjänst som ingen hade planerat.",
    exampleEn: "A side track became the main thing: the shops in Lysekil started a joint home delivery service that nobody had planned.",
  },
} as const;
