"""Move rules, one French sentence per case: (sentence, expected moves).

Each expected move is (person, from_org, to_org, kind, status). Sentences that must give
no move have an empty list. The publication date is 2025-03-12 (a Wednesday).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

import pipeline
from pipeline.moves import DocView, merge, same_org, view_of

pytestmark = pytest.mark.model

CASES = [
    ('Jan Leike a rejoint Anthropic.',
     [('Jan Leike', '', 'Anthropic', 'join', 'done')]),
    ("Marc Dupont a succédé à Paul Martin à la tête de Charlie Hebdo.",
     [('Marc Dupont', '', 'Charlie Hebdo', 'appointment', 'done'),
      ('Paul Martin', 'Charlie Hebdo', '', 'departure', 'done')]),
    # a group's members named after a comma closing the sentence
    ("Deux journalistes rejoignent TF1, Paul Molac et Anne Durand.",
     [('Paul Molac', '', 'TF1', 'join', 'done'), ('Anne Durand', '', 'TF1', 'join', 'done')]),
    ("Deux journalistes ont quitté TF1, le présentateur Paul Molac et la chroniqueuse Anne "
     "Durand.",
     [('Paul Molac', 'TF1', '', 'departure', 'done'),
      ('Anne Durand', 'TF1', '', 'departure', 'done')]),
    # ... not a source or a speaker after the comma
    ("Deux journalistes ont quitté TF1, selon Paul Molac.", []),
    ("Deux journalistes ont quitté TF1, a indiqué Paul Molac.", []),
    ("Deux journalistes ont quitté TF1, Paul Molac l'a confirmé.", []),
    # what a participle of founding qualifies in apposition, after another trigger's object
    ("Paul Girard rejoint Molvena, une entreprise fondée par Marc Roux.",
     [('Paul Girard', '', 'Molvena', 'join', 'done'),
      ('Marc Roux', '', 'Molvena', 'founding', 'done')]),
    ("Paul Girard rejoint Molvena, une entreprise dirigée par Marc Roux.",
     [('Paul Girard', '', 'Molvena', 'join', 'done')]),
    # "de chez": whence
    ("Paul Molac a décidé de partir de chez Renault.",
     [('Paul Molac', 'Renault', '', 'departure', 'done')]),
    # a given name that is also a title's
    ("Marie Claire Dupont a rejoint Renault en janvier.",
     [('Marie Claire Dupont', '', 'Renault', 'join', 'done')]),
    # leaving one's home is not leaving one's employer
    ("La DRH de Renault, Marika Bret, a été contrainte de partir de chez elle.", []),
    ("La directrice de Renault, Marika Bret, a dû quitter son domicile.", []),
    # the apposition telling who the person named is, is not the post given after it;
    # the verb after a name in apposition, opening a clause, is that name's
    ("Après consultation du bureau, Paul Girard, président du Medef, nomme Marc Roux, "
     "maire d'Antibes et président du Conseil national, vice-président délégué du Medef.",
     [('Marc Roux', '', 'Medef', 'appointment', 'done')]),
    ("Le président a nommé Jean Dupont, maire de Lille et président de la Métropole "
     "européenne de Lille, président de la SNCF.",
     [('Jean Dupont', '', 'SNCF', 'appointment', 'done')]),
    ("Le conseil de Renault a nommé Jean Dupont, directeur financier de Safran, au poste de "
     "directeur général.",
     [('Jean Dupont', '', 'Renault', 'appointment', 'done')]),
    # a founder's title with no name beside it is the person the article is about ...
    ("Bill Gates est visé par les complotistes. Le cofondateur de Microsoft devenu "
     "philanthrope est une cible. Bill Gates a répondu mardi. Bill Gates a donné de "
     "l'argent.",
     [('Bill Gates', '', 'Microsoft', 'founding', 'done')]),
    # ... and so is a new holder's title, when the main person was named last ...
    ("Christophe Castaner est arrivé lundi. Le nouveau patron de La République en Marche a "
     "promis des changements. Christophe Castaner a parlé. Castaner est content.",
     [('Christophe Castaner', '', 'La République en Marche', 'appointment', 'done')]),
    # ... not when another person was, nor a future holder's
    ("Christophe Castaner est arrivé lundi. Jean Dupont a parlé. Le nouveau patron de La "
     "République en Marche a promis des changements. Christophe Castaner a parlé. "
     "Castaner est content.", []),
    ("Christophe Castaner est arrivé lundi. Le futur patron de La République en Marche a "
     "promis des changements. Christophe Castaner a parlé. Castaner est content.", []),
    # ... not someone named before a relative clause, nor the holder of another title
    ("Rupert Murdoch possède Fox News. Cette chaîne est prisée par le président américain "
     "Donald Trump, dont le fondateur de l'empire Murdoch est un soutien de longue date.",
     []),
    ("Tim Cook a parlé mardi. Tim Cook, le PDG du créateur de l'iPhone, s'est enflammé. "
     "Tim Cook a conclu.", []),
    # "tous deux" stands for the two persons last named together ...
    ("Léa Marchetti a cofondé Aletheia avec Arjun Mehta, spécialiste de l'apprentissage "
     "par renforcement. Tous deux ont quitté Google DeepMind pour créer la société.",
     [('Léa Marchetti', 'Google DeepMind', 'Aletheia', 'founding', 'done'),
      ('Arjun Mehta', 'Google DeepMind', 'Aletheia', 'founding', 'done')]),
    # ... not two persons one speaks to the other, nor "les deux hommes"
    ("Marie Durand a parlé à Paul Girard. Tous deux ont quitté Renault.", []),
    ("Marie Durand et Paul Girard sont arrivés. Les deux hommes ont quitté Renault.", []),
    # an organisation fronted before a departure is where one leaves
    ("Le laboratoire Généthon a présenté ses résultats. Julien Fabre rejoindra l'Institut "
     "Imagine le 1er mars. À Généthon, on assure que son départ ne compromettra pas le "
     "programme.",
     [('Julien Fabre', 'Généthon', 'Institut Imagine', 'join', 'planned')]),
    ("Chez Renault, on regrette le départ de Marie Durand.",
     [('Marie Durand', 'Renault', '', 'departure', 'done')]),
    ("Chez Renault, on se réjouit de l'arrivée de Marie Durand.",
     [('Marie Durand', '', 'Renault', 'join', 'done')]),
    # the post taken in an "où" clause on the organisation joined is the same move ...
    ("Karim Oudjedi rejoindra le 1er mars le CNRS, où il prendra la direction de l'Institut "
     "des sciences de l'information et de leurs interactions.",
     [('Karim Oudjedi', '', 'CNRS', 'join', 'planned')]),
    # ... but two posts told one after the other are two
    ("Marie Durand a rejoint Renault en 2010, puis a pris la direction de Stellantis en 2015.",
     [('Marie Durand', '', 'Renault', 'join', 'done'),
      ('Marie Durand', '', 'Stellantis', 'appointment', 'done')]),
    # the organisation closing the noun phrase after the trigger, with a noun of its kind
    # right before it, is the one joined
    ("Gaspard Gantzer rejoindra la bande de chroniqueurs de l'émission \"Balance ton post!\" "
     "sur C8.",
     [('Gaspard Gantzer', '', 'Balance ton post!', 'join', 'planned')]),
    # an arrival in a town with no organisation is a visit; "la société civile" is no
    # description of an organisation named before
    ("Le Parlement a voté mardi. M. Hale rencontrera vendredi des représentants de la "
     "société civile, avant l'arrivée du ministre iranien des Affaires étrangères Mohammad "
     "Javad Zarif à Beyrouth.", []),
    ("L'arrivée de Jean Dupont à Matignon a surpris.",
     [('Jean Dupont', '', 'Matignon', 'join', 'done')]),
    # a future in another clause does not make an appointment noun one to come; an
    # announcement a few date words before an arrival does
    ("Quelques heures après l'annonce de la nomination de François de Rugy au ministère de "
     "la Culture, Ségolène Royal a estimé qu'il sera jugé sur ses actes.",
     [('François de Rugy', '', 'ministère de la Culture', 'appointment', 'done')]),
    # nor a future verb that governs the clause of a past one the noun is in
    ("Paul Girard sera son adjoint, aux côtés de la journaliste Marie Durand, qui assurait "
     "l'intérim depuis le départ de Luc Martin, l'ancien chef du service politique d'Europe "
     "1.", [('Luc Martin', 'Europe 1', '', 'departure', 'done')]),
    ("L'arrivée de Paul Girard chez Renault sera effective le 1er mars.",
     [('Paul Girard', '', 'Renault', 'join', 'planned')]),
    ("Face aux indignations liées à l'annonce jeudi 4 juillet de l'arrivée de Sophia "
     "Chikirou sur BFMTV, Marc-Olivier Fogiel monte au front.",
     [('Sophia Chikirou', '', 'BFMTV', 'join', 'planned')]),
    # a move a person announces in the imperfect is one to come; not in a past tense
    ("David Pujadas a annoncé mardi qu'il quittait France 2.",
     [('David Pujadas', 'France 2', '', 'departure', 'planned')]),
    ("Marie Durand a indiqué qu'elle avait quitté Renault.",
     [('Marie Durand', 'Renault', '', 'departure', 'done')]),
    # a quoted word inside the trigger's complement does not cut it
    ('Frédéric Lodéon quitte son "carrefour" et Radio France.',
     [('Frédéric Lodéon', 'Radio France', '', 'departure', 'done')]),
    # "du côté de" a club after a departure is where one goes
    ("Le club a démenti tout départ de son capitaine Yanis Belkacem du côté de la Juventus.",
     [('Yanis Belkacem', '', 'Juventus', 'join', 'denied')]),
    # ... but a comma with no post after it closes no apposition
    ("Le président a nommé Jean Dupont, 52 ans, à la tête de la SNCF.",
     [('Jean Dupont', '', 'SNCF', 'appointment', 'done')]),
    ('Marie Dupont a quitté Renault pour rejoindre Stellantis.',
     [('Marie Dupont', 'Renault', 'Stellantis', 'join', 'done')]),
    # a description ended by its name, which the model took for a place, is that name
    ("Le groupe Siaci Saint Honoré a annoncé l'arrivée de Myriam El Khomri. Myriam El "
     "Khomri suit Virginie Calmels, qui a rejoint le groupe immobilier de luxe Barnes.",
     [('Myriam El Khomri', '', 'Siaci Saint Honoré', 'join', 'done'),
      ('Virginie Calmels', '', 'Barnes', 'join', 'done')]),
    # the post held until the move wins over an older one; a seat of public office is
    # left when its head's post was held
    ("Claire Vasseur, ancienne de Danone et jusqu'ici directrice financière de Safran, a "
     "été nommée à la tête de Renault.",
     [('Claire Vasseur', 'Safran', 'Renault', 'appointment', 'done')]),
    ("Ancien député EELV, Paul Girard a été nommé mardi au ministère de la Culture, après "
     "avoir été président de l'Assemblée nationale.",
     [('Paul Girard', 'Assemblée nationale', 'ministère de la Culture', 'appointment',
       'done')]),
    ("Paul Girard a remis sa démission au président de l'Assemblée nationale.", []),
    # another sentence saying where the person worked until then gives the from_org ...
    ("Ravi Subramanian a été nommé directeur du Laboratoire de physique. Subramanian était "
     "jusqu'ici chercheur au CERN, à Genève.",
     [('Ravi Subramanian', 'CERN', 'Laboratoire de physique', 'appointment', 'done')]),
    ("Claire Vasseur a été nommée directrice générale de La Banque Postale. Âgée de 52 ans, "
     "Mme Vasseur occupait depuis 2021 le poste de directrice financière de CNP Assurances.",
     [('Claire Vasseur', 'CNP Assurances', 'La Banque Postale', 'appointment', 'done')]),
    ("Claire Vasseur a été nommée directrice générale de La Banque Postale. Elle avait "
     "auparavant dirigé Safran.",
     [('Claire Vasseur', 'Safran', 'La Banque Postale', 'appointment', 'done')]),
    # ... and for a move to come, the post another sentence says is held now ("Celui-ci",
    # split by the tokenizer, is the last person named), also for a successor's post
    ("Selon nos informations, Marie Durand pourrait rejoindre Renault. Elle dirige "
     "actuellement la filiale française de Stellantis.",
     [('Marie Durand', 'Stellantis', 'Renault', 'join', 'reported')]),
    ("Thomas Sotto, aux manettes de la matinale d'Europe 1, apprenait qu'il serait remplacé "
     "à la rentrée par Paul Girard. Celui-ci présente actuellement la matinale de France "
     "Inter.",
     [('Paul Girard', 'France Inter', 'Europe 1', 'appointment', 'reported'),
      ('Thomas Sotto', 'Europe 1', '', 'departure', 'reported')]),
    # ... but not for a move done: the post held now is the new one
    ("Marie Durand a rejoint Renault en janvier. Elle dirige actuellement la filiale "
     "française du groupe, Renault Retail Group.",
     [('Marie Durand', '', 'Renault', 'join', 'done')]),
    # ... not a post without a word of "until then", nor an organisation past a comma
    ("Claire Vasseur a été nommée directrice générale de La Banque Postale. Claire Vasseur "
     "était en 1998 stagiaire chez Safran.",
     [('Claire Vasseur', '', 'La Banque Postale', 'appointment', 'done')]),
    ("Emmanuel Kasarhérou va être nommé à la tête du musée du Quai Branly. Il avait "
     "auparavant dirigé à Nouméa le centre culturel, du nom du fondateur du FLNKS.",
     [('Emmanuel Kasarhérou', '', 'musée du Quai Branly', 'appointment', 'planned')]),
    # an appointment is made when it is announced; a resignation announced is to come
    ("Quelques heures après l'annonce de la nomination de Paul Girard à la tête de Renault, "
     "la Bourse a salué la décision.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Paul Girard a annoncé sa démission de Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'planned')]),
    # a name the model calls a thing, after a noun of people, is a person who can move
    ("Libération: le journaliste Dov Alfon nommé directeur de la rédaction\nLe journaliste "
     "franco-israélien Dov Alfon, ancien correspondant du quotidien Haaretz à Paris, devient "
     "le directeur de la rédaction de Libération.",
     [('Dov Alfon', 'Haaretz', 'Libération', 'appointment', 'done')]),
    # the one a successor to come is told of is not that successor, nor anyone named
    ("Jean-Pierre Pernaut quitte TF1. Emmanuel Macron a salué sa carrière. La direction du "
     "groupe n'a pas encore donné d'indication sur la personne qui lui succédera.",
     [('Jean-Pierre Pernaut', 'TF1', '', 'departure', 'done')]),
    ("Jean-Pierre Pernaut quitte TF1. La direction du groupe cherche celui qui lui "
     "succédera.", [('Jean-Pierre Pernaut', 'TF1', '', 'departure', 'done')]),
    ("Nicolas Hulot a parlé. Nicolas Hulot a critiqué la loi. Nicolas Hulot est inquiet. "
     "Celui qui a quitté son poste de ministre de la Transition écologique à l'été 2018 a "
     "commenté la proposition.",
     [('Nicolas Hulot', 'ministère de la Transition écologique', '', 'departure', 'done')]),
    # channels by their names
    ('Yann Barthès a rejoint TMC avec son équipe.',
     [('Yann Barthès', '', 'TMC', 'join', 'done')]),
    ("Bruce Toussaint quitte i-Télé après trois saisons.",
     [('Bruce Toussaint', 'i-Télé', '', 'departure', 'done')]),
    # "sur" a channel after a verb or noun of arriving is its air, not before the trigger
    # ("après 21 ans sur TF1") nor for a departure
    ("Eric Brunet et Cyril Lignac arrivent sur RTL.",
     [('Eric Brunet', '', 'RTL', 'join', 'done'), ('Cyril Lignac', '', 'RTL', 'join', 'done')]),
    ("Eric Zemmour a fait son grand retour sur CNews lundi.",
     [('Eric Zemmour', '', 'CNews', 'join', 'done')]),
    ("Le journaliste, célèbre pour ses interviews sur RMC, revenait du sud de la France "
     "quand Paul Girard l'a appelé.", []),
    ("Le 10 juillet 2008, après 21 ans sur TF1, Paul Girard est écarté de la présentation "
     "du journal.", [('Paul Girard', 'TF1', '', 'departure', 'done')]),
    # a description of the organisation joined is not the one just left; "Le Laboratoire
    # X" is a laboratory
    ("Le Laboratoire des sciences du climat (LSCE), à Gif-sur-Yvette, vient de réussir un "
     "joli coup. La climatologue Élise Norberg a quitté l'université de Stockholm pour "
     "rejoindre le laboratoire.",
     [('Élise Norberg', 'université de Stockholm', 'Le Laboratoire des sciences du climat',
       'join', 'done')]),
    ('Claire Vasseur a été nommée directrice générale de La Banque Postale.',
     [('Claire Vasseur', '', 'La Banque Postale', 'appointment', 'done')]),
    ("Le conseil d'administration de Safran a nommé Paul Martin président.",
     [('Paul Martin', '', 'Safran', 'appointment', 'done')]),
    ('Jan Leike a décidé de rejoindre le rival Anthropic.',
     [('Jan Leike', '', 'Anthropic', 'join', 'done')]),
    ('Le recrutement de Jan Leike par Anthropic a surpris.',
     [('Jan Leike', '', 'Anthropic', 'join', 'done')]),
    ("Le transfert de Jan Leike d'OpenAI vers Anthropic illustre la rivalité.",
     [('Jan Leike', 'OpenAI', 'Anthropic', 'join', 'done')]),
    ('Jan Leike est un chercheur reconnu. Son arrivée chez Anthropic marque un tournant.',
     [('Jan Leike', '', 'Anthropic', 'join', 'done')]),
    ('Sophie Martin, nouvelle directrice générale de Danone, a présenté ses priorités.',
     [('Sophie Martin', '', 'Danone', 'appointment', 'done')]),
    ('« Je suis ravi de rejoindre @AnthropicAI », a écrit Jan Leike.',
     [('Jan Leike', '', 'Anthropic', 'join', 'done')]),
    ('Thomas Brémond rejoindra BPCE le 1er mai.',
     [('Thomas Brémond', '', 'BPCE', 'join', 'planned')]),
    ('Thomas Brémond va rejoindre BPCE.',
     [('Thomas Brémond', '', 'BPCE', 'join', 'planned')]),
    ('Selon nos informations, Luc Perrin aurait quitté Renault.',
     [('Luc Perrin', 'Renault', '', 'departure', 'reported')]),
    ('Luc Perrin serait sur le point de quitter Renault.',
     [('Luc Perrin', 'Renault', '', 'departure', 'reported')]),
    # a move to come followed by a condition of its own is a hypothesis
    # an organisation no longer belonged to is left
    ("Depuis le 1er janvier, Luc Perrin ne fait plus partie des Républicains.",
     [('Luc Perrin', 'Républicains', '', 'departure', 'done')]),
    ("Luc Perrin ne fait plus partie du gouvernement.",
     [('Luc Perrin', 'gouvernement', '', 'departure', 'done')]),
    ("Luc Perrin ne fait plus partie des favoris.", []),
    ("Luc Perrin n'a jamais fait partie des Républicains.", []),
    ("Luc Perrin sera exclu des Républicains s'il maintient sa candidature.", []),
    ("Luc Perrin quitterait le club si son salaire baissait.", []),
    ("Luc Perrin rejoindra Renault le 1er mars, même si rien n'est signé.",
     [('Luc Perrin', '', 'Renault', 'join', 'planned')]),
    ("Luc Perrin rejoindra Renault en juillet, si tout va bien.",
     [('Luc Perrin', '', 'Renault', 'join', 'planned')]),
    # an event after "avec", "depuis", "après" is known, whatever the clause's mood
    ("Ces pratiques auraient cessé avec l'arrivée du nouveau PDG de Renault, Luc Perrin.",
     [('Luc Perrin', '', 'Renault', 'appointment', 'done')]),
    ("Les ventes auraient doublé depuis la nomination de Luc Perrin à la tête de Renault.",
     [('Luc Perrin', '', 'Renault', 'appointment', 'done')]),
    ("Luc Perrin serait le nouveau PDG de Renault.",
     [('Luc Perrin', '', 'Renault', 'appointment', 'reported')]),
    ("Luc Perrin n'a pas quitté Renault.",
     [('Luc Perrin', 'Renault', '', 'departure', 'denied')]),
    ('Le FC Nantes a limogé son entraîneur Frédéric Moreau.',
     [('Frédéric Moreau', 'FC Nantes', '', 'departure', 'done')]),
    ('Sandrine Koenig remplace Patrick Delorme à la tête de Mutalis.',
     [('Patrick Delorme', 'Mutalis', '', 'departure', 'done'), ('Sandrine Koenig', '', 'Mutalis', 'appointment', 'done')]),
    ('Anne Roux succède à Marc Petit à la présidence de la Fnac.',
     [('Anne Roux', '', 'Fnac', 'appointment', 'done'), ('Marc Petit', 'Fnac', '', 'departure', 'done')]),
    ("Fondée par d'anciens employés de Google, dont Léa Marchetti, la société Aletheia lève des fonds.",
     [('Léa Marchetti', 'Google', 'Aletheia', 'founding', 'done')]),
    ('Arthur Mensch a cofondé Mistral AI en 2023.',
     [('Arthur Mensch', '', 'Mistral AI', 'founding', 'done')]),
    ('Jean-Luc Hamon a démissionné de la présidence de la FDSEA.',
     [('Jean-Luc Hamon', 'FDSEA', '', 'departure', 'done')]),
    ('Vincent Morel, ancien directeur des achats de Renault, est parti chez Volkswagen.',
     [('Vincent Morel', 'Renault', 'Volkswagen', 'join', 'done')]),
    ("Paul Ekwalla, jusqu'ici secrétaire national de la CFDT, a été nommé ministre du Travail.",
     [('Paul Ekwalla', 'CFDT', 'ministère du Travail', 'appointment', 'done')]),
    ('Kenji Watanabe a été recruté par Inria.',
     [('Kenji Watanabe', '', 'Inria', 'join', 'done')]),
    ('Karim Oudjedi prendra la direction du CNRS le 1er mars.',
     [('Karim Oudjedi', '', 'CNRS', 'appointment', 'planned')]),
    ('Le Real Madrid dément tout départ de Karim Benzema.',
     [('Karim Benzema', 'Real Madrid', '', 'departure', 'denied')]),
    ('Sophie Lanier est pressentie pour prendre la direction de Dacia.',
     [('Sophie Lanier', '', 'Dacia', 'appointment', 'reported')]),
    ('Patrick Pouyanné, directeur général de TotalEnergies, a déclaré que les prix baisseraient.',
     []),
    ('Si Luc Perrin partait chez Renault, la direction serait affaiblie.',
     []),
    ('Le futur directeur général de Renault devra redresser les comptes.',
     []),
    ("L'ancien ministre Alain Cardon a critiqué la réforme.",
     []),
    ('Paul Martin a été élu député de la Gironde.',
     []),
    ('Marie Curie a passé quinze ans chez Sanofi.',
     []),
    ('Le chercheur a rejoint une start-up.',
     []),
    ("Emmanuel Macron a indiqué qu'il allait rappeler à l'ordre les pays engagés dans l'Alliance pour le Sahel.",
     []),
    ("Dans un entretien accordé à l'AFP, Anne Hidalgo a lancé un appel.",
     []),
    # a founder in apposition after a determiner
    ("Paul Renaudin, le fondateur de Dataviz, a levé dix millions d'euros.",
     [("Paul Renaudin", "", "Dataviz", "founding", "done")]),
    # a successor takes the post the predecessor left
    ("Marc Tessier, directeur de l'information de France 3, a été limogé et remplacé par "
     "Lucie Ferrand.",
     [("Marc Tessier", "France 3", "", "departure", "done"),
      ("Lucie Ferrand", "", "France 3", "appointment", "done")]),
    # "entrer à" joins; "entrer au capital" does not
    ("Claire Moutet est entrée à la SNCF en 2004.",
     [("Claire Moutet", "", "SNCF", "join", "done")]),
    ("Le fonds de Bruno Vallet est entré au capital de Renault en mars.",
     []),
    # a title that designates its organisation
    ("Anne Ribot a été nommée préfète de la Manche.",
     [("Anne Ribot", "", "préfecture de la Manche", "appointment", "done")]),
    ("Luc Varenne est nommé commissaire européen à la Concurrence.",
     [("Luc Varenne", "", "Commission européenne", "appointment", "done")]),
    # a participial clause opening the sentence; a capitalised participle
    ("Nommé directeur général de Renault en 2019, Luca Bernardi a tout changé.",
     [("Luca Bernardi", "", "Renault", "appointment", "done")]),
    # a participle in apposition to the person
    ("Le poste était vacant depuis le départ de Paul Imbert, parti chez Safran après six mois.",
     [("Paul Imbert", "", "Safran", "join", "done")]),
    # the one replaced is the subject of the relative clause, not the successor
    ("Il y remplacera Agathe Morin, qui a rejoint Radio France en octobre.",
     [("Agathe Morin", "", "Radio France", "join", "done")]),
    # two events years apart are two moves
    ("Entrée chez Airbus en 1998, Inès Carvalho a été nommée directrice générale d'Airbus en "
     "2021.",
     [("Inès Carvalho", "", "Airbus", "join", "done"),
      ("Inès Carvalho", "", "Airbus", "appointment", "done")]),
    # a nationality noun for the person in focus; the post left names its organisation
    ("Laura Bianchi était ministre. L'Italienne a démissionné de son poste de ministre de la "
     "Santé en mai.",
     [("Laura Bianchi", "ministère de la Santé", "", "departure", "done")]),
    # a dash glued to the name opening a reply
    ("Et demain ? -Marc Lavoine, fondateur de Studio Nord, ne répond pas.",
     [("Marc Lavoine", "", "Studio Nord", "founding", "done")]),
    # a description stands for the last organisation of its kind named before it
    ("Les Républicains se réunissent samedi. Agnès Morvan, nouvelle trésorière du parti, "
     "présentera les comptes.",
     [("Agnès Morvan", "", "Les Républicains", "appointment", "done")]),
    ("La start-up Vetiva a levé vingt millions d'euros. Paul Serre, ancien de Danone, a "
     "rejoint la start-up en mai.",
     [("Paul Serre", "Danone", "Vetiva", "join", "done")]),
    # ... but only an organisation known to be of that kind
    ("Apple a publié ses résultats. Paul Serre a rejoint la start-up en mai.",
     []),
    # a description subject names the person in apposition, not the one in focus
    ("Anne Roux a quitté l'Inria. Le directeur du Loria, Hugo Meunier, a rejoint Thales.",
     [("Anne Roux", "Inria", "", "departure", "done"),
      ("Hugo Meunier", "", "Thales", "join", "done")]),
    # handing a post over: the holder leaves, the heir takes the post
    ("Hélène Roy, PDG de Vinci depuis 2012, a passé le relais en avril à son dauphin, "
     "Marc Astier.",
     [("Hélène Roy", "Vinci", "", "departure", "done"),
      ("Marc Astier", "", "Vinci", "appointment", "done")]),
    # "successeur de", "remplaçant" in apposition state who follows whom (often years
    # before), not a move: on real articles they gave no true move and five false ones
    ("Successeur de Lucie Brun au ministère de la Culture, Hugo Perret a présenté son budget.",
     []),
    ("Karine Lemoine quitte Ouest-France. Son remplaçant, Éric Bodin, arrive lundi.",
     [("Karine Lemoine", "Ouest-France", "", "departure", "done")]),
    # a government portfolio ("chargée de" + capitalised), not "chargé de mission"
    ("Claire Bastide devient chargée des Anciens combattants.",
     [("Claire Bastide", "", "gouvernement", "appointment", "done")]),
    ("Paul Mazel a été nommé chargé de mission auprès du directeur.",
     []),
    # the organisation is the object of a relative clause
    ("Thomas Girod dirige Cellvia, la biotech qu'il a cofondée en 2014.",
     [("Thomas Girod", "", "Cellvia", "founding", "done")]),
    # "son fondateur": of the organisation the text is about
    ("La start-up Lumina vend des capteurs. Son fondateur, Yann Cordier, vise l'Asie.",
     [("Yann Cordier", "", "Lumina", "founding", "done")]),
    # coordinated names move together; ", et" joins clauses, not names
    ("Paul Roux, Anne Vidal et Marc Simon ont rejoint Valeo.",
     [("Paul Roux", "", "Valeo", "join", "done"), ("Anne Vidal", "", "Valeo", "join", "done"),
      ("Marc Simon", "", "Valeo", "join", "done")]),
    ("Anne Vidal a rencontré Paul Roux, et Marc Simon a quitté Renault.",
     [("Marc Simon", "Renault", "", "departure", "done")]),
    # a verb or an event noun told of one person: the last name of a list alone
    ("Le troisième président depuis 2017, après Paul Roux et Marc Simon, qui avait annoncé "
     "sa démission de Valeo en juillet.",
     [("Marc Simon", "Valeo", "", "departure", "planned")]),
    # the title right before the name; an organisation in a causal phrase is not the one left
    ("Le conseil a approuvé la nomination du nouveau directeur général de Valeo Paul Girard.",
     [("Paul Girard", "", "Valeo", "appointment", "done")]),
    ("Il succède à Luc Morand, limogé en mai à cause de ses relations avec la direction de "
     "Nissan.",
     []),
    # a refused move is denied; a refusal owned by several people is nobody's move
    ("Marc Lenoir a refusé de rejoindre le gouvernement.",
     [('Marc Lenoir', '', 'gouvernement', 'appointment', 'denied')]),
    ("Paul Girard a quitté EELV. Il a dénoncé leur refus d'entrer au gouvernement.",
     [('Paul Girard', 'EELV', '', 'departure', 'done')]),
    # a description of unknown kind stands for the organisation the article is about; a
    # founding and a join of one person are two events
    ("Le service Qobuz compte un million d'abonnés. Le catalogue de Qobuz atteint 70 "
     "millions de titres. « La musique en ligne était pauvre », explique Pierre Lescure, le "
     "fondateur de Canal+, qui a rejoint la start-up il y a trois ans. Chez Qobuz, on vise "
     "aussi le mobile.",
     [('Pierre Lescure', '', 'Canal+', 'founding', 'done'),
      ('Pierre Lescure', '', 'Qobuz', 'join', 'done')]),
    # what is launched is not an organisation
    ("Le Premier ministre Adel Karim, qui doit former son cabinet, a lancé cette semaine un "
     "site pour recruter ses ministres.",
     []),
    # a description with a post is not the last person named when the text never gives
    # that person the post
    ("Le président Jair Bolsonaro a visité Manaus. Au Brésil, le ministre de la Santé a "
     "démissionné mardi.",
     []),
    ("La ministre de la Santé Ana Lima a visité Manaus. Mardi, la ministre de la Santé a "
     "démissionné du gouvernement.",
     [('Ana Lima', 'gouvernement', '', 'departure', 'done')]),
    # a title complementing another noun is someone else's; a name closing a title holds it
    ("Petit-fils du fondateur de Samsung, Lee Jae-Yong était devenu le patron de facto du "
     "groupe.",
     [('Lee Jae-Yong', '', 'Samsung', 'appointment', 'done')]),
    ("Après les propos d'Abdallah Zekri, le nouveau président du CFCM, Mohammed Moussaoui, a "
     "souligné que rien n'était décidé.",
     [('Mohammed Moussaoui', '', 'CFCM', 'appointment', 'done')]),
    # a media source is not the organisation of a move; an editor's note is no organisation
    ("Invité de RTL lundi, Brice Hortefeux a éludé la question de son retour.", []),
    ("« Ensuite je l'ai quittée (la fonction publique, NDLR) pour aller dans le privé », a "
     "dit Nicolas Sarkozy.", []),
    # naming someone without naming them to a post; an honour is not a post
    ("Selon le Wall Street Journal, le PDG de Facebook Mark Zuckerberg a critiqué, sans les "
     "nommer, les entreprises.", []),
    ("En 2013, Anne Dupré est nommée chevalier de l'ordre des Arts et des Lettres par la "
     "ministre de la Culture.", []),
    # a relative "qui" stands for the description before it, which points back to a name
    ("Julio Croda est infectiologue à São Paulo. « Cela bat en brèche le discours », ajoute "
     "cet ancien haut fonctionnaire du ministère de la Santé, qui a démissionné fin mars.",
     [('Julio Croda', 'ministère de la Santé', '', 'departure', 'done')]),
    ("Anne Soupa se porte candidate à la succession du cardinal Philippe Barbarin. « Je vais "
     "envoyer ma candidature », a déclaré à l'AFP la bibliste, qui a fondé en 2009 la "
     "Conférence catholique des baptisés francophones.",
     [('Anne Soupa', '', 'Conférence catholique des baptisés francophones', 'founding',
       'done')]),
    # a body named by its head noun and complement
    ("François Bayrou a été officiellement nommé jeudi à la tête d'un Haut-commissariat au "
     "Plan.",
     [('François Bayrou', '', 'Haut-commissariat au Plan', 'appointment', 'done')]),
    # "garde des Sceaux" is a government post, not the town of Sceaux
    ("Edouard Balladur a été nommé garde des Sceaux en 1993.",
     [('Edouard Balladur', '', 'gouvernement', 'appointment', 'done')]),
    # the trigger's own object wins over an organisation in an apposition
    ("Agnès Buzyn, désormais candidate LREM à la mairie de Paris, a quitté le gouvernement "
     "dimanche.",
     [('Agnès Buzyn', 'gouvernement', '', 'departure', 'done')]),
    # no move: "trop ... pour", a place joined, a law revoked, a nomination for a prize, a
    # noun whose complement is a thing
    ("Nicolas Sarkozy aurait jugé Gérard Larcher trop laid pour intégrer le gouvernement.",
     []),
    ("Yoann Barbereau a traversé la frontière pour rejoindre la France.", []),
    ("Joe Biden a affirmé que la Section 230 devrait être révoquée pour Facebook.", []),
    # (a nomination for a prize is no move; the career started at the theatre is one)
    ("Isabelle Adjani, qui a débuté à la Comédie-Française, est nommée dans la catégorie "
     "meilleure comédienne.", [('Isabelle Adjani', '', 'Comédie-Française', 'join', 'done')]),
    ("Ce réseau de comptes était consacré à la promotion du Parti communiste chinois, selon "
     "Recep Tayyip Erdogan.", []),
    # an award is not a post
    ("La chanteuse Maria Lopez a été nommée humanitaire de l'année par l'université Harvard.",
     []),
    # the speaker appoints, the addressee is appointed (and is not named here)
    ("« Je t'ai nommé ministre », a lancé Jean Castel.",
     []),
    # a common noun completed by a name designates an organisation
    ("Hervé Lambert et Alice Mornet ont quitté l'équipe de campagne de Valérie Roche.",
     [('Alice Mornet', 'équipe de campagne de Valérie Roche', '', 'departure', 'done'),
      ('Hervé Lambert', 'équipe de campagne de Valérie Roche', '', 'departure', 'done')]),
    ("Mgr Jean Rivière a démissionné de l'archevêché de Bordeaux.",
     [('Jean Rivière', 'archevêché de Bordeaux', '', 'departure', 'done')]),
    ("Lucie Ferrand a quitté le cabinet de Bruno Le Maire pour rejoindre Engie.",
     [('Lucie Ferrand', 'cabinet de Bruno Le Maire', 'Engie', 'join', 'done')]),
    ("L'équipe de France a battu l'Italie samedi à Lille.", []),
    # a name closing a title the model took for an organisation
    ("L'ex-Premier ministre slovène Janez Novak a démissionné de ses fonctions en juillet.",
     [('Janez Novak', 'gouvernement', '', 'departure', 'done')]),
    # a participle the model took for a noun after its auxiliary
    ("Romain Vasseur a été élu délégué général du Medef.",
     [('Romain Vasseur', '', 'Medef', 'appointment', 'done')]),
    # an organisation announcing a move of its own
    ("Orano a annoncé la nomination en janvier de Claire Dumont au poste de directrice "
     "financière.",
     [('Claire Dumont', '', 'Orano', 'appointment', 'done')]),
    ("Le groupe Bouygues a officialisé l'arrivée de Thomas Girard.",
     [('Thomas Girard', '', 'Bouygues', 'join', 'done')]),
    # the announcer gives way to the organisation the sentence names for the move
    ("Le Medef a confirmé la nomination de Paul Durand au gouvernement.",
     [('Paul Durand', '', 'gouvernement', 'appointment', 'done')]),
    ("Paul Renaud a annoncé sa démission de la présidence de l'Olympique lyonnais.",
     [('Paul Renaud', 'Olympique lyonnais', '', 'departure', 'planned')]),
    # the one named after "par" appoints, and "à la place de" names who leaves
    ("Hélène Garnier a été nommée Première ministre par le président, à la place de "
     "Marc Villiers.",
     [('Hélène Garnier', '', 'gouvernement', 'appointment', 'done'),
      ('Marc Villiers', 'gouvernement', '', 'departure', 'done')]),
    ("Sophie Morel a été nommée directrice de Danone en remplacement de Paul Girard.",
     [('Paul Girard', 'Danone', '', 'departure', 'done'),
      ('Sophie Morel', '', 'Danone', 'appointment', 'done')]),
    # a post taken, with only a current title's organisation named, is taken there; not
    # after a former title
    ("Paul Girard, actuel patron de PSA, prendrait ainsi la direction générale.",
     [('Paul Girard', '', 'PSA', 'appointment', 'reported')]),
    ("Paul Girard, l'ancien directeur de Renault, a pris la tête de la plateforme.",
     [('Paul Girard', 'Renault', '', 'appointment', 'done')]),
    # a departure told and a destination only rumoured, in two sentences, are two events
    ("Paul Girard va-t-il rejoindre le gouvernement ? Mi-septembre, Paul Girard a "
     "démissionné de son poste de directeur de Renault.",
     [('Paul Girard', '', 'gouvernement', 'appointment', 'reported'),
      ('Paul Girard', 'Renault', '', 'departure', 'done')]),
    # "un nouveau X" to be named is someone to come, not the next person named
    ("Paul Girard a présenté la démission de son gouvernement. Un nouveau Premier ministre "
     "sera nommé dans les prochaines heures, a annoncé l'Élysée, tandis qu'une source a "
     "confirmé que Paul Girard allait quitter son poste.",
     [('Paul Girard', 'gouvernement', '', 'departure', 'done')]),
    # a promotion told without organisation is in the one joined before
    ("Paul Girard deviendra le nouveau PDG de France-Antilles. Paul Girard était devenu en "
     "2014 directeur délégué de Renault, avant d'être promu PDG en 2015. France-Antilles se "
     "réjouit.",
     [('Paul Girard', '', 'France-Antilles', 'appointment', 'planned'),
      ('Paul Girard', '', 'Renault', 'appointment', 'done'),
      ('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    # organisations left together are each left, in a list closed by "et" ...
    ("Paul Girard a été démis de la présidence de Nissan et de Mitsubishi.",
     [('Paul Girard', 'Nissan', '', 'departure', 'done'),
      ('Paul Girard', 'Mitsubishi', '', 'departure', 'done')]),
    ("Paul Girard a quitté Renault, Nissan et Mitsubishi en 2019.",
     [('Paul Girard', 'Renault', '', 'departure', 'done'),
      ('Paul Girard', 'Nissan', '', 'departure', 'done'),
      ('Paul Girard', 'Mitsubishi', '', 'departure', 'done')]),
    # ... not an organisation after a comma that opens another clause
    ("Paul Girard a quitté Renault, Nissan a annoncé la nouvelle.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    # standing again for one's own post is no succession
    ("Paul Girard, président du PS, a parlé. Il est candidat à sa succession.", []),
    # a future of narration years before the news is done
    ("Le tournant de sa carrière arrivera en 1965, lorsque Paul Girard rejoindra la maison "
     "Fendi à Rome.",
     [('Paul Girard', '', 'Fendi', 'join', 'done')]),
    # "sa fondatrice" after an organisation no entity names is that one's, not the last
    # named
    ("Paul Girard était mercredi à l'Assemblée nationale. Il est le parrain de "
     "l'association des parents isolés, a expliqué sa fondatrice, Marie Roux.", []),
    # "avec" after another noun's adjunct is no one who moves with the subject
    ("Paul Girard a été exclu de LR après son rapprochement avec Emmanuel Macron.",
     [('Paul Girard', 'LR', '', 'departure', 'done')]),
    # the sentence's own verb after a name and a comma opens no apposition of titles
    ("Le chef de l'agence spatiale russe, Dmitri Rogozine, a félicité dimanche sur Twitter "
     "Jim Bridenstine, ainsi que le fondateur de SpaceX, Elon Musk.",
     [('Elon Musk', '', 'SpaceX', 'founding', 'done')]),
    # a founding verb whose object is a person's title is a verb of saying
    ('"Je ne vais pas regretter" François de Rugy à la présidence de l\'Assemblée nationale, '
     "a lancé sur BFMTV le député La France insoumise Éric Coquerel.", []),
    # "la campagne Fillon", "l'administration Trump": a body named by a bare name
    ("Paul Girard a rejoint la campagne Fillon en 2016.",
     [('Paul Girard', '', 'campagne Fillon', 'join', 'done')]),
    # a possessive is not of the one whose view a "Pour X," opening tells
    ("Marie Roux a été nommée ministre. Pour le questeur de l'Assemblée, Paul Girard, son "
     "entrée au gouvernement est un signal.",
     [('Marie Roux', '', 'gouvernement', 'appointment', 'done')]),
    # an infinitive's subject is not known: "sa succession" is the one in focus
    ("Paul Girard, patron de Renault, a adoubé celle qui doit prendre sa succession.",
     [('Paul Girard', 'Renault', '', 'departure', 'planned')]),
    # a party named as the person's label is not left by taking a post elsewhere ...
    ("Le député LREM Paul Girard a été nommé président de la SNCF.",
     [('Paul Girard', '', 'SNCF', 'appointment', 'done')]),
    ("Ancien député EELV, Paul Girard a été nommé mardi au ministère de la Culture.",
     [('Paul Girard', '', 'ministère de la Culture', 'appointment', 'done')]),
    # ... but a party left or joined is
    ("Paul Girard a quitté le PS pour devenir ministre de la Santé.",
     [('Paul Girard', 'PS', 'ministère de la Santé', 'appointment', 'done')]),
    ("Le député PS Paul Girard a été exclu du parti après sa nomination au gouvernement.",
     [('Paul Girard', 'PS', 'gouvernement', 'appointment', 'done')]),
    # the one replaced leaves the post, whoever takes it (a time phrase does not part the
    # verb from the post); "en remplacement de" may come after a long time phrase and the
    # post
    ("C'est un inconnu qui a été nommé secrétaire d'État chargé des retraites, en "
     "remplacement de Paul Girard.",
     [('Paul Girard', 'gouvernement', '', 'departure', 'done')]),
    ("C'est une inconnue qui a été nommée dans la nuit de mardi à mercredi ministre de la "
     "Santé, en remplacement de Paul Girard.",
     [('Paul Girard', 'ministère de la Santé', '', 'departure', 'done')]),
    ("Sophie Morel a été nommée dans la nuit de mardi à mercredi 18 décembre secrétaire "
     "d'État chargée des retraites, en remplacement de Paul Girard.",
     [('Paul Girard', 'gouvernement', '', 'departure', 'done'),
      ('Sophie Morel', '', 'gouvernement', 'appointment', 'done')]),
    # a hyphenated surname with a capitalised word ("Son-Forget"), and a departure whose
    # destination is no organisation
    ("Le député Joachim Son-Forget a démissionné du groupe UDI-Agir pour rejoindre les "
     "non-inscrits.",
     [('Joachim Son-Forget', 'UDI-Agir', '', 'departure', 'done')]),
    # "le député" stands for the person in focus
    ("Lucas Perrin est député depuis 2017. Le député a démissionné du groupe LREM en mars.",
     [('Lucas Perrin', 'LREM', '', 'departure', 'done')]),
    # "nommé" giving a name is no appointment; the name is the organisation founded
    ('Joël Marchal a lancé un parti politique nommé "Horizon Commun".',
     [('Joël Marchal', '', 'Horizon Commun', 'founding', 'done')]),
    ('La start-up nommée "Lumen" appartient à Hugo Lambert.', []),
    # a title with "aux" designates its organisation
    ("Jean-Paul Ravier, haut-commissaire aux retraites, a démissionné.",
     [('Jean-Paul Ravier', 'haut-commissariat aux retraites', '', 'departure', 'done')]),
    # the organisation goes to the verb that governs it, not to the closest trigger
    ("L'écologiste Hugo Vernier, qui a démissionné de son poste au WWF France pour rejoindre "
     "la liste de la majorité, fait campagne.",
     [('Hugo Vernier', 'WWF', '', 'departure', 'done')]),
    # a fronted title gives the sentence a second subject: the person is the named one
    ("Chef de la formation de la droite radicale Yamina, David Elkin avait été nommé ministre "
     "de la Défense à l'automne 2019.",
     [('David Elkin', '', 'ministère de la Défense', 'appointment', 'done')]),
    # "fraîchement élu" is a verb; "du parti" is no former party ("parti de X")
    ("C'est Paul Renaud, fraîchement élu président du parti Les Républicains, qui rebondit.",
     [('Paul Renaud', '', 'Les Républicains', 'appointment', 'done')]),
    # a quoted name after an organisation noun
    ('Claire Roussel a fondé en 2014 l\'association "Femmes de justice".',
     [('Claire Roussel', '', 'Femmes de justice', 'founding', 'done')]),
    # a possessive title gives the person's organisation to a departure told without one
    ("L'Opéra de Paris perdra 4 millions, a indiqué son directeur Marc Orsini. M. Orsini, "
     "qui quitte ses fonctions en 2026, reste prudent.",
     [('Marc Orsini', 'Opéra de Paris', '', 'departure', 'planned')]),
    ("Emmanuel Macron et son conseiller Julien Rolland sont arrivés. Julien Rolland a "
     "démissionné.", []),
    # a relative clause in "où" is about its antecedent organisation
    ("Le poste est vacant à l'archevêché de Bordeaux, où la place est libre depuis la "
     "démission de Mgr Jean Rivière en mars.",
     [('Jean Rivière', 'archevêché de Bordeaux', '', 'departure', 'done')]),
    ("Paul Roux est né à Lyon, où il a fondé une association.", []),
    # a post held without a title ("X dirige Y") is the one a resignation leaves
    ("Marc Orsini dirige la Fnac depuis 2015. Il a démissionné mardi.",
     [('Marc Orsini', 'Fnac', '', 'departure', 'done')]),
    # the organisation in apposition to the one replaced is the successor's
    ("Thomas Vidal, présentateur de la matinale d'Europe 1, sera remplacé par Paul Girard.",
     [('Paul Girard', '', 'Europe 1', 'appointment', 'planned'),
      ('Thomas Vidal', 'Europe 1', '', 'departure', 'planned')]),
    # a reflexive "se lancer" founds nothing
    ("Benjamin Roux a décidé de quitter le gouvernement pour se lancer dans la course à la "
     "mairie de Paris.",
     [('Benjamin Roux', 'gouvernement', '', 'departure', 'done')]),
    # a title naming a person moves to the organisation of another title, told in apposition
    ("Le commissaire européen au Commerce, l'Irlandais Phil Horgan, a démissionné mercredi.",
     [('Phil Horgan', 'Commission européenne', '', 'departure', 'done')]),
    # the organisation of the title before the name is the one left
    ("Le PDG de Renault Luc Garnier a rejoint Stellantis.",
     [('Luc Garnier', 'Renault', 'Stellantis', 'join', 'done')]),
    # not moves: a death, a school cohort, an end, a speech verb, a cause
    ("Jacques Lemaire, l'ancien secrétaire général de la CFDT, nous a quittés.", []),
    ("Gaspard Morin, camarade de promotion d'Emmanuel Macron à l'ENA, a parlé.", []),
    # an organisation in a condition of its own is not the signing's
    ("Gaspard Morin signe des deux mains: si Renault achète TikTok au chinois ByteDance, le "
     "Trésor doit être payé.", []),
    ("Le milieu de terrain Paul Martin persiste et signe avec l'Olympique de Marseille "
     "jusqu'en 2027.", [('Paul Martin', '', 'Olympique de Marseille', 'join', 'done')]),
    ("Le duo que composait Paul Morel avec son Premier ministre pourrait arriver à son terme.",
     []),
    ('Paul Morel aurait abandonné : "Si tu le veux, va convaincre Bayrou", a-t-il lancé à son '
     'Premier ministre.', []),
    ("Le ministre Jean Perrot démissionne après des révélations de Mediapart.",
     [('Jean Perrot', 'gouvernement', '', 'departure', 'done')]),
    # a name complementing a description is not the person described
    ("Pascal Canfin a parlé. Cet ancien ministre délégué au Développement de François "
     "Hollande avait quitté le gouvernement en 2014.",
     [('Pascal Canfin', 'gouvernement', '', 'departure', 'done')]),
    # a ministry is part of the government: one departure
    ("Nicolas Hulot a quitté le gouvernement en août. Sa démission du ministère de la "
     "Transition écologique a surpris.",
     [('Nicolas Hulot', 'gouvernement', '', 'departure', 'done')]),
    # a noun's complement before what precedes it
    ("Gérald Darmanin a parlé. Au Parti socialiste, son entrée au gouvernement a fait grincer "
     "des dents.",
     [('Gérald Darmanin', '', 'gouvernement', 'appointment', 'done')]),
    # a title the model tagged as a verb does not cut the trigger from its organisation
    ("Selon Le Figaro, Alexandre Kahn est nommé directeur délégué à l'information de France "
     "Télévisions.",
     [('Alexandre Kahn', '', 'France Télévisions', 'appointment', 'reported')]),
    ("Marc Girard a parlé. Depuis septembre, il a rejoint en tant qu'associé la société de "
     "gestion d'actifs Tikehau Capital.",
     [('Marc Girard', '', 'Tikehau Capital', 'join', 'done')]),
    # a consul joins a consulate
    ("L'écrivain Philippe Besson a été nommé consul général de France à Los Angeles.",
     [('Philippe Besson', '', 'consulat général de France', 'appointment', 'done')]),
    # an adjective between an organisation noun and the name: the noun still tells the
    # organisation's kind, so "la start-up" later stands for it
    ("La start-up française Lumio veut révolutionner la télévision. Lumio a séduit Apple. "
     "Pierre Lescure, le fondateur de Canal+, a rejoint la start-up il y a trois ans.",
     [('Pierre Lescure', '', 'Canal+', 'founding', 'done'),
      ('Pierre Lescure', '', 'Lumio', 'join', 'done')]),
    # "celui qui" is the person in focus
    ("Marc Dupont a parlé. Celui qui a quitté Renault en 2019 dirige désormais Valeo.",
     [('Marc Dupont', 'Renault', '', 'departure', 'done')]),
    # leaving a station's air is leaving the station ("antenne" marks a source elsewhere)
    ("Camille Combal a annoncé qu'il quitterait fin juin l'antenne de Virgin Radio.",
     [('Camille Combal', 'Virgin Radio', '', 'departure', 'planned')]),
    ("Paul Roux a déclaré à l'antenne de RTL qu'il quittait le PS.",
     [('Paul Roux', 'PS', '', 'departure', 'done')]),
    # a committee named by its purpose and a person
    ("Paul Roux a été nommé président du comité de soutien d'Arnaud Montebourg.",
     [('Paul Roux', '', "comité de soutien d'Arnaud Montebourg", 'appointment', 'done')]),
    # a later departure without organisation leaves the one organisation joined before,
    # not an elected office
    ("Marc Rivière a été nommé directeur de Lagardère en 2018. Il a quitté ses fonctions en "
     "2020.",
     [('Marc Rivière', '', 'Lagardère', 'appointment', 'done'),
      ('Marc Rivière', 'Lagardère', '', 'departure', 'done')]),
    ("Marc Rivière a été nommé ministre en 2018. Il a démissionné de son mandat de maire en "
     "2020.",
     [('Marc Rivière', '', 'gouvernement', 'appointment', 'done')]),
    # a capitalised participle the model took for a noun
    ("Nommé directeur du pôle radio de Lagardère en 2018, Marc Rivière a parlé hier.",
     [('Marc Rivière', '', 'Lagardère', 'appointment', 'done')]),
    # a title many hold stands for the person in focus only if the text gave it to them
    ("Emmanuel Macron a parlé. Le député a démissionné du groupe LREM en décembre.", []),
    # those who move "avec" the person move too; a thing or a person's say-so does not
    ("Marc Petit a quitté Renault avec Julie Roux.",
     [('Julie Roux', 'Renault', '', 'departure', 'done'),
      ('Marc Petit', 'Renault', '', 'departure', 'done')]),
    ("Léa Marchetti a cofondé Aletheia avec Arjun Mehta.",
     [('Arjun Mehta', '', 'Aletheia', 'founding', 'done'),
      ('Léa Marchetti', '', 'Aletheia', 'founding', 'done')]),
    ("Marc Petit a rejoint Renault avec l'accord de Julie Roux.",
     [('Marc Petit', '', 'Renault', 'join', 'done')]),
    # a quoted title
    ('Ces mots sont les premiers du nouveau "secrétaire général" de la CFDT, Marc Léger.',
     [('Marc Léger', '', 'CFDT', 'appointment', 'done')]),
    # adverbs between the comma and a participle in apposition
    ("Le coup d'envoi a été donné par Julie Roux, tout fraîchement nommée ministre des Sports.",
     [('Julie Roux', '', 'ministère des Sports', 'appointment', 'done')]),
    ("Marc Petit, récemment arrivé chez Renault, a pris la parole.",
     [('Marc Petit', '', 'Renault', 'join', 'done')]),
    ("Marc Petit, longtemps proche de Renault, a pris la parole.", []),
    # a quoted programme or newspaper after "au", "à" or a noun of a programme
    ('Paul Lenoir succédera à Marc Petit au "Petit Journal", a confirmé la chaîne.',
     [('Marc Petit', 'Petit Journal', '', 'departure', 'planned'),
      ('Paul Lenoir', '', 'Petit Journal', 'appointment', 'planned')]),
    ('Paul Lenoir rejoindra la bande de chroniqueurs de "Balance ton post !".',
     [('Paul Lenoir', '', 'Balance ton post !', 'join', 'planned')]),
    ('Julie Roux a quitté l\'émission "Quotidien" en juin.',
     [('Julie Roux', 'Quotidien', '', 'departure', 'done')]),
    ('Julie Roux, présentatrice du "Grand Journal", a démissionné.',
     [('Julie Roux', 'Grand Journal', '', 'departure', 'done')]),
    ('Julie Roux a lu "Le Petit Prince" avant de démissionner.', []),
    # the organisation completing a joining verb's object through "de" is the one joined;
    # a leaving verb's stays the one left
    ("Marc Petit va rejoindre la rédaction d'Europe 1 dans les prochains jours.",
     [('Marc Petit', '', 'Europe 1', 'join', 'planned')]),
    ("Julie Roux a claqué la porte du Parti socialiste en 2015.",
     [('Julie Roux', 'Parti socialiste', '', 'departure', 'done')]),
    # a title with an elision matches without accents: "secrétaire d'Etat" (and the party
    # of the person's label is not left)
    ("Le député PS Marc Petit devient secrétaire d'Etat en charge de la Fonction publique.",
     [('Marc Petit', '', 'gouvernement', 'appointment', 'done')]),
    # the head of a seat of public office moves; its members and those who resign to its
    # president do not
    ("Paul Lenoir succède à Marc Petit, à la tête du Parlement depuis 2008.",
     [('Marc Petit', 'Parlement', '', 'departure', 'done'),
      ('Paul Lenoir', '', 'Parlement', 'appointment', 'done')]),
    ("Marc Petit a été élu président de l'Assemblée nationale mercredi.",
     [('Marc Petit', '', 'Assemblée nationale', 'appointment', 'done')]),
    ("Marc Petit a remis sa démission au président de l'Assemblée nationale, Paul Lenoir.", []),
    ("Marc Petit a quitté son siège à l'Assemblée nationale.", []),
    # a feminine participle is not a man's move
    ("L'ancienne conseillère de Paul Lenoir, ex-directrice de cabinet du haut-commissaire "
     "Marc Petit, a été nommée mardi secrétaire d'État à la Transition écologique.", []),
    # subjects coordinated before a verb the model took for a preposition
    # (ministers are appointed: entering the government is an appointment)
    ("Sibeth Ndiaye, Amélie de Montchalin et Cédric O entrent au gouvernement.",
     [('Amélie de Montchalin', '', 'gouvernement', 'appointment', 'done'),
      ('Cédric O', '', 'gouvernement', 'appointment', 'done'),
      ('Sibeth Ndiaye', '', 'gouvernement', 'appointment', 'done')]),
    ("Le duel entre Marc Petit et Julie Roux a tourné court.", []),
    # a title held before joining is the one left, not the destination
    ("Son secrétaire d'Etat Marc Petit est passé à l'attaque frontale du Vatican.", []),
    # "sa nomination" opening the sentence is the subject's after it
    ("Julie Roux a parlé. Avec sa nomination comme secrétaire d'État, Marc Petit a la tâche "
     "de reprendre les négociations.",
     [('Marc Petit', '', 'gouvernement', 'appointment', 'done')]),
    # a move asked for by others is not told; the employer's own wish is
    ("Près d'une quarantaine de députés demandent le départ de Marc Petit du gouvernement.", []),
    ("Nissan souhaite le départ de Marc Petit.",
     [('Marc Petit', 'Nissan', '', 'departure', 'done')]),
    # "en charge de" is no title "chargé de"
    ("Marc Petit a été nommé secrétaire d'État en charge de la Protection de l'enfance.",
     [('Marc Petit', '', 'gouvernement', 'appointment', 'done')]),
    # a name the model calls MISC completing a title is an organisation; a portfolio is not
    ("La créatrice Julie Roux (25 ans), nommée directrice du design de YZY GAP, a répondu.",
     [('Julie Roux', '', 'YZY GAP', 'appointment', 'done')]),
    ("Marc Petit vient d'être nommé ministre de la Justice.",
     [('Marc Petit', '', 'ministère de la Justice', 'appointment', 'done')]),
    # party names written in lower case
    ("Fabien Roussel a été élu dimanche à la tête du parti communiste, succédant à Pierre "
     "Laurent.",
     [('Fabien Roussel', '', 'parti communiste', 'appointment', 'done'),
      ('Pierre Laurent', 'parti communiste', '', 'departure', 'done')]),
    # the subject after an incidental phrase that follows a fronted participle
    ("Nommé directeur général de Renault en 2019, après dix ans de carrière, Marc Petit a "
     "pris la parole.",
     [('Marc Petit', '', 'Renault', 'appointment', 'done')]),
    # the agent of a founding after a date or a place
    ("La société Blue Origin a été fondée en 2000 par Jeff Bezos.",
     [('Jeff Bezos', '', 'Blue Origin', 'founding', 'done')]),
    # a post is not founded, nor is an organisation that is only a title's
    ("La fonction de haut-commissaire avait été créée après la guerre par le général de Gaulle.",
     []),
    ("La ministre des Affaires étrangères, Julie Roux, crée l'indignation.", []),
    # a name in a complement after the trigger is not its subject, even when the parser
    # says so
    ("Marc Petit s'attend à être nommé directeur de Renault après la victoire de Paul Lenoir.",
     [('Marc Petit', '', 'Renault', 'appointment', 'done')]),
    # "remercier" is thanking in the first person or after "tenir à"
    ('"Je tiens à remercier Marc Petit, figure de Canal+, pour sa contribution", a dit Paul '
     'Lenoir.', []),
    ("Je remercie Marc Petit, directeur de Renault, pour son accueil.", []),
    ("Le FC Nantes a remercié son entraîneur Marc Petit.",
     [('Marc Petit', 'FC Nantes', '', 'departure', 'done')]),
    # the organisation completing an agent that names an organisation
    ("En 1992, Marc Petit est embauché par la chaîne publique de radio-télévision RAI.",
     [('Marc Petit', '', 'RAI', 'join', 'done')]),
    ("Marc Petit a été nommé par le président de la République.", []),
    # an honour is no post
    ("Marc Petit a été nommé officier sur le contingent du Premier ministre.", []),
    ("Julie Roux est nommée chevalier de l'ordre des Arts et des Lettres.", []),
    # what "devenir" makes of someone comes after it
    ('Le ministre du Budget Marc Petit devient ainsi "Darminan" pour les élus.', []),
    ("Axl Rose remplace Brian Johnson et devient le nouveau chanteur du groupe AC/DC.",
     [('Axl Rose', '', 'AC/DC', 'appointment', 'done'),
      ('Brian Johnson', 'AC/DC', '', 'departure', 'done')]),
    # "la nouvelle ministre" is no man; a name after "du doyen" is no subject
    ("Lors de sa passation de pouvoirs avec Franck Riester, la nouvelle ministre de la "
     "Culture a dit vouloir agir.", []),
    ("En 1996, M. Netanyahu triomphe du doyen Shimon Peres et devient le plus jeune Premier "
     "ministre de l'histoire d'Israël.",
     [('Netanyahu', '', 'gouvernement', 'appointment', 'done')]),
    # a word of a title is no organisation; a government post names its body
    ("Marc Petit a été nommé garde des Sceaux mardi.",
     [('Marc Petit', '', 'gouvernement', 'appointment', 'done')]),
    ("Julie Roux publie une tribune dans Le Monde où elle dénonce la nomination de Marc "
     "Petit en tant que ministre de l'Intérieur.",
     [('Marc Petit', '', "ministère de l'Intérieur", 'appointment', 'done')]),
    ("Le syndicat Alliance a demandé au nouveau ministre de l'Intérieur, Marc Petit, de "
     "porter plainte.",
     [('Marc Petit', '', "ministère de l'Intérieur", 'appointment', 'done')]),
    ("Le nouveau ministre des Relations avec le Parlement, proche de Marc Petit, a parlé.", []),
    # not yet is a plan, not a denial
    ("Marc Petit n'est pas encore officiellement nommé à la tête de la Fondation pour "
     "l'islam de France.",
     [('Marc Petit', '', "Fondation pour l'islam de France", 'appointment', 'planned')]),
    # signing a text is no signing with a club
    ("Marc Petit a signé une tribune dans Le Monde.", []),
    ("Marc Petit a signé au PSG jusqu'en 2027.",
     [('Marc Petit', '', 'PSG', 'join', 'done')]),
    ("Au lendemain de sa démission de son poste de président de la fédération des "
     "Républicains, Marc Petit a annoncé samedi sa candidature.",
     [('Marc Petit', 'fédération des Républicains', '', 'departure', 'done')]),
    # a condition after the trigger is a hypothesis; a concession is not
    ("Marc Petit démissionnera de Renault en cas de défaite.", []),
    ("Selon L'Express, il faudrait incriminer Julie Roux en cas de nomination de Marc Petit "
     "à la tête des Républicains.", []),
    ("Même si Marc Petit a quitté Renault en mars, il reste actionnaire.",
     [('Marc Petit', 'Renault', '', 'departure', 'done')]),
    ("Marc Petit a quitté Renault en mars, même si rien ne l'y obligeait.",
     [('Marc Petit', 'Renault', '', 'departure', 'done')]),
    # a nickname in quotes is no organisation
    ('Le président malien Ibrahim Boubacar Keïta ("IBK") a démissionné mardi.', []),
    # a programme in quotes replacing another is no person's move
    ('Paul Lenoir fera relâche vendredi: "Balance ton post" (qui remplace l\'émission '
     '"TPMP People") sera diffusée.', []),
    # the organisation after the post one leaves is the one left, not a destination
    ("Claire Morel a quitté son poste de directrice financière chez Danone pour entrer au "
     "gouvernement.",
     [('Claire Morel', 'Danone', 'gouvernement', 'appointment', 'done')]),
    ("Paul Ravel a quitté ses fonctions à la BCE.",
     [('Paul Ravel', 'BCE', '', 'departure', 'done')]),
    ("Paul Ravel a quitté son poste pour un emploi chez Google.",
     [('Paul Ravel', '', 'Google', 'join', 'done')]),
    # phrases with an elision ("jeter l'éponge") are found as the tokenizer splits them
    ("Luc Berthier, garde des Sceaux, a jeté l'éponge après 34 jours au gouvernement.",
     [('Luc Berthier', 'gouvernement', '', 'departure', 'done')]),
    # the subject of "prendre / assurer la succession de X" takes X's post
    ("Marie Durand prend la succession de Paul Martin à la tête de Danone.",
     [('Marie Durand', '', 'Danone', 'appointment', 'done'),
      ('Paul Martin', 'Danone', '', 'departure', 'done')]),
    ("Marie Durand assurera la succession de Paul Martin chez Danone.",
     [('Marie Durand', '', 'Danone', 'appointment', 'planned'),
      ('Paul Martin', 'Danone', '', 'departure', 'planned')]),
    # an interim post is an appointment
    ("Pour l'heure, c'est Hugo Lenoir qui assure l'intérim à la tête de Safran.",
     [('Hugo Lenoir', '', 'Safran', 'appointment', 'done')]),
    # the named object of a control verb is the subject of the infinitive
    ("Le conseil a convaincu Hugo Lenoir d'assurer l'intérim à la tête de Safran.",
     [('Hugo Lenoir', '', 'Safran', 'appointment', 'done')]),
    ("Le PDG a demandé à Paul Ravel de quitter Renault.", []),
    # also when the small model leaves the control verb unlemmatised ("invite")
    ("Paul Ravel invite les salariés à rejoindre la CGT.", []),
    ("Paul Ravel a appelé les salariés à rejoindre la CGT.", []),  # ("salariés", an ADJ)
    # and a control verb read as an adjective ("pousse") hands the move to its named object
    ("Philippe Martin pousse Anne Girard à rejoindre Renault.",
     [('Anne Girard', '', 'Renault', 'join', 'done')]),
    # but a noun that is also a form of such a verb ("Forces", of "forcer") is no verb
    ("Le président Paul Ravel a chargé le général Luc Morin, commandant des Forces "
     "terrestres, d'assurer l'intérim à la tête de l'armée.",
     [('Luc Morin', 'Forces terrestres', 'armée', 'appointment', 'done')]),
    # ... but not a title with "chargé" before a name
    ("Le secrétaire d'État chargé du Numérique Paul Ravel va quitter le gouvernement.",
     [('Paul Ravel', 'gouvernement', '', 'departure', 'planned')]),
    # the title beside the person a departure noun completes names the organisation left,
    # across a date and a participle ("vols habités")
    ("La démission en mai de Doug Ravel, patron des vols habités de la Nasa, a surpris.",
     [('Doug Ravel', 'Nasa', '', 'departure', 'done')]),
    ("Le limogeage mardi de Paul Ravel, directeur général du groupe automobile Renault, a "
     "choqué.",
     [('Paul Ravel', 'Renault', '', 'departure', 'done')]),
    ("Il a été soufflé mercredi, jour du départ de Gérard Colin, par le chef de file des "
     "élus LREM au Sénat.", []),
    # a post on the staff of a seat of public office is a move; its own posts are not
    ("Paul Ravel a été nommé porte-parole de l'Élysée.",
     [('Paul Ravel', '', 'Élysée', 'appointment', 'done')]),
    ("Anne Royer, fraîchement nommée directrice de la communication de la Maison Blanche, a "
     "répondu.",
     [('Anne Royer', '', 'Maison Blanche', 'appointment', 'done')]),
    # (and a post of its bureau is a post within it, as the gold annotators read it)
    ("Paul Ravel a été désigné vice-président de l'Assemblée nationale.",
     [('Paul Ravel', '', 'Assemblée nationale', 'appointment', 'done')]),
    ("Paul Ravel a été élu député à l'Assemblée nationale.", []),
    # a quoted name after the kind of organisation it names is that organisation
    ('Après avoir lancé son propre mouvement politique "Agir ensemble", Paul Ravel a '
     'tenu meeting.',
     [('Paul Ravel', '', 'Agir ensemble', 'founding', 'done')]),
    ('Paul Ravel a rejoint la start-up "Nabla" en mai.',
     [('Paul Ravel', '', 'Nabla', 'join', 'done')]),
    # "auprès de" after a title is where the post is, not a source of the news
    ("En 1995, Paul Ravel est nommé ambassadeur et délégué permanent de l'Arménie auprès "
     "de l'UNESCO.",
     [('Paul Ravel', '', 'UNESCO', 'appointment', 'done')]),
    ("Paul Ravel a quitté Renault, a-t-on appris auprès de l'AFP.",
     [('Paul Ravel', 'Renault', '', 'departure', 'done')]),
    # an incidental phrase between the auxiliary and the participle is no passive; "il y a
    # un an" is no clause
    ("Paul Ravel a quant à lui rejoint il y a un an la banque Barclays.",
     [('Paul Ravel', '', 'Barclays', 'join', 'done')]),
    ("Fleur Roux a de son côté fondé en 2016 un fonds d'investissement, Korelya Capital.",
     [('Fleur Roux', '', 'Korelya Capital', 'founding', 'done')]),
    # "partie chez X" in apposition is a join, not the post held before
    ("Nathalie Roux, partie à New York chez Capgemini, a quitté la politique.",
     [('Nathalie Roux', '', 'Capgemini', 'join', 'done')]),
    ("Nathalie Roux, partie chez Capgemini en 2018, a témoigné.",
     [('Nathalie Roux', '', 'Capgemini', 'join', 'done')]),
    # the organisation that closes a long description of the object joined
    ("Paul Ravel avait quant à lui rejoint ensuite, en tant qu'associé, la société de gestion "
     "d'actifs et d'investissement Tikehau Capital, tandis que Marc Petit hésitait.",
     [('Paul Ravel', '', 'Tikehau Capital', 'join', 'done')]),
    # the organisation a founding participle follows is the one founded
    ("Il faut confier la mission à des sociétés privées comme SpaceX ou Blue Origin, créée "
     "par le patron d'Amazon Jeff Bezos, notamment pour construire des fusées.",
     [('Jeff Bezos', '', 'Blue Origin', 'founding', 'done')]),
    ("La série de France 2, créée en 2015 par Fanny Roux, a été un carton.", []),
    # the complement of a title does not give its holder's gender ("l'ancienne ministre du
    # Travail X": she, not he)
    ("L'ancienne ministre du Travail Dominique Roux a déjeuné avec Paul Martin. Elle a "
     "rejoint Renault en mai.",
     [('Dominique Roux', '', 'Renault', 'join', 'done')]),
    # "la nouvelle secrétaire d'État à l'Écologie X": the title with its complement
    ("La nouvelle secrétaire d'État à l'Écologie Emma Roux défendait l'huile de palme.",
     [('Emma Roux', '', 'gouvernement', 'appointment', 'done')]),
    # "peu de chance que" is no move told
    ("Paul Martin est ministre. Peu de chance qu'il quitte le gouvernement cette année.", []),
    # "l'arrivée prochaine de X" is planned
    ("Les militants évoquent l'arrivée prochaine de Paul Ravel dans l'équipe de campagne de "
     "Marine Le Pen.",
     [('Paul Ravel', '', 'équipe de campagne de Marine Le Pen', 'join', 'planned')]),
    # a former public office is no organisation left for a later job: ex-ministers left the
    # government long before ("l'ex-ministre X a rejoint Ipsos"); a departure keeps it
    ("Début 2018, l'ex-ministre socialiste Nadia Roux a rejoint l'institut de sondages Ipsos.",
     [('Nadia Roux', '', 'institut de sondages Ipsos', 'join', 'done')]),
    ("L'ancien ministre de l'Économie Paul Ravel a été nommé à la tête de la Banque de France.",
     [('Paul Ravel', '', 'Banque de France', 'appointment', 'done')]),
    ("Le ministre de l'Économie Paul Ravel a démissionné mardi.",
     [('Paul Ravel', "ministère de l'Économie", '', 'departure', 'done')]),
    # ... and the organisation of someone else's former post is not the mover's
    ("Paul Ravel a rejoint la banque Barclays, dans la foulée de son ex-collègue du "
     "gouvernement Marc Petit.",
     [('Paul Ravel', '', 'Barclays', 'join', 'done')]),
    # adverbs before a fronted participle ("À peine nommé", "Sitôt désigné") keep it one
    ("À peine nommé ministre de l'Économie, Paul Ravel a lancé sa réforme.",
     [('Paul Ravel', '', "ministère de l'Économie", 'appointment', 'done')]),
    ("Sitôt désigné ministre de l'Économie, Paul Ravel a lancé sa réforme.",
     [('Paul Ravel', '', "ministère de l'Économie", 'appointment', 'done')]),
    # "A peine" as capitals write it, without the accent; the sentence tells both events,
    # the same year: no contradiction
    ("A peine nommé ministre de la Cohésion des territoires, Richard Ferrand a dû "
     "démissionner.",
     [('Richard Ferrand', '', 'ministère de la Cohésion des territoires', 'appointment',
       'done'),
      ('Richard Ferrand', 'ministère de la Cohésion des territoires', '', 'departure',
       'done')]),
    ("Nommé ministre de la Santé en 2017, Paul Martin a dû démissionner.",
     [('Paul Martin', '', 'ministère de la Santé', 'appointment', 'done'),
      ('Paul Martin', 'ministère de la Santé', '', 'departure', 'done')]),
    # a ministry named only by its minister's title is the government the text speaks of;
    # a ministry the text writes keeps its name
    ("Le gouvernement a été remanié : Paul Martin a été nommé ministre de la Santé.",
     [('Paul Martin', '', 'gouvernement', 'appointment', 'done')]),
    ("Le gouvernement a été remanié : Paul Martin quitte le ministère de la Santé.",
     [('Paul Martin', 'ministère de la Santé', '', 'departure', 'done')]),
    ("Lors du remaniement du gouvernement, Paul Martin, ministre de l'Intérieur, est nommé "
     "ministre de l'Économie.",
     [('Paul Martin', '', 'gouvernement', 'appointment', 'done')]),
    # a source word completing another noun is a post, not where the news came from ("la
    # présentation du journal de France 2"); "dans un entretien au journal X" still is
    ("Anne Royer est pressentie pour remplacer Paul Ravel à la présentation du journal de "
     "France 2.",
     [('Anne Royer', '', 'France 2', 'appointment', 'reported'),
      ('Paul Ravel', 'France 2', '', 'departure', 'reported')]),
    ("Paul Ravel a rejoint Renault, a-t-il déclaré dans un entretien au journal Le Monde.",
     [('Paul Ravel', '', 'Renault', 'join', 'done')]),
    # taking a portfolio in a reshuffle: "hérite du ministère", "récupère", "obtient"
    ("Amélie Roux hérite du ministère de la Transformation publique.",
     [('Amélie Roux', '', 'ministère de la Transformation publique', 'appointment', 'done')]),
    ("Barbara Roux récupère le ministère de la Transition écologique.",
     [('Barbara Roux', '', 'ministère de la Transition écologique', 'appointment', 'done')]),
    # a secretariat of State, however its accents and apostrophe are written (named by its
    # kind alone, it is the government's)
    ("Nadia Roux prend le secrétariat d'Etat chargé de l'Education prioritaire.",
     [('Nadia Roux', '', "gouvernement", 'appointment', 'done')]),
    ("Paul Ravel hérite du secrétariat d’État au Numérique.",
     [('Paul Ravel', '', "secrétariat d'État au Numérique", 'appointment', 'done')]),
    ("Paul Ravel a obtenu le poste de directeur général de Renault.",
     [('Paul Ravel', '', 'Renault', 'appointment', 'done')]),
    ("Le Premier ministre belge Charles Roux hérite lui de la présidence du Conseil européen.",
     [('Charles Roux', '', 'Conseil européen', 'appointment', 'done')]),
    ("Paul Ravel a hérité de sa mère une maison à Lyon.", []),
    # a description followed by its own quoted name stands for that name, not for the
    # last organisation of its kind
    ('Le Monde publie une enquête. Le quotidien Le Monde est lu. Paul Ravel, fondateur du '
     'quotidien "Jour de galop", a parlé.',
     [('Paul Ravel', '', 'Jour de galop', 'founding', 'done')]),
    # "qui" after a description in apposition to a name: that name's, not the article's
    # main person
    ("Paul Ravel présente le journal. Paul Ravel a du talent. La saison se fera sans Marc "
     "Simon, le présentateur iconique de l'émission, qui a rejoint le groupe TF1, cédant "
     "son siège à Paul Ravel.",
     [('Marc Simon', '', 'TF1', 'join', 'done')]),
    # the one replaced, named in the successor's phrase, is not who speaks next
    ("Paul Ravel s'explique. Paul Ravel répond. Paul Ravel insiste. Successeur de Marc Simon, le "
     "nouveau ministre a été critiqué. Il a parlé au Point. Et d'ajouter : « Depuis que j'ai "
     "été nommé ministre, j'ai reçu des menaces. »",
     [('Paul Ravel', '', 'gouvernement', 'appointment', 'done')]),
    # a rank of an order, not a post (an organisation elsewhere in the sentence aside)
    ("Le chef Paul Ravel, trois étoiles au Guide Michelin depuis 2005, est promu officier "
     "tandis qu'Anne Vidal, présidente de Publicis, est faite chevalier.", []),
    # a coming to power is no arrival in an organisation
    ("Depuis l'arrivée au pouvoir de Paul Ravel en 2014, Renault a fermé trois usines.", []),
    # "revenir sur" a time or a remark: telling about it, not coming back
    ("Dans le magazine Society, son ancien animateur, Paul Ravel, revient sur cette période.",
     []),
    ("Paul Ravel revient chez Canal+ à la rentrée.",
     [('Paul Ravel', '', 'Canal+', 'join', 'done')]),
    # a move in a clause a wish governs is wanted, not told (subjunctive forms too)
    ("Marc Roux voulait que Paul Ravel succède à Anne Vidal à la tête de Renault.", []),
    ("Le président veut que Paul Ravel prenne la tête de Renault.", []),
    ("Renault a annoncé que Paul Ravel prend la tête de Dacia.",
     [('Paul Ravel', '', 'Dacia', 'appointment', 'done')]),
    ("Paul Ravel a obtenu le soutien du ministère de la Justice.", []),
    # a failure to get a post is no appointment
    ("Nadia Roux avait échoué à décrocher le poste de directrice de l'Unesco.",
     [('Nadia Roux', '', 'Unesco', 'appointment', 'denied')]),
    # a former title of another person named after the mover gives the mover no origin
    ("Le juge a relevé une proximité entre Paul Ravel, cofondateur de Bygmalion, et Marc "
     "Petit, ancien directeur de cabinet de Jean Copé.",
     [('Paul Ravel', '', 'Bygmalion', 'founding', 'done')]),
    ("L'entreprise Lunaz, fondée par David Roux et dirigée par Jon Petit, un ancien "
     "directeur technique de Renault F1, grandit vite.",
     [('David Roux', '', 'Lunaz', 'founding', 'done')]),
    ("Paul Ravel, ancien directeur de Renault, a été nommé à la tête de Safran.",
     [('Paul Ravel', 'Renault', 'Safran', 'appointment', 'done')]),
    # the named subject of a copula before a founder's or a new holder's title
    ("Maria Roux est la cofondatrice de la start-up Nabla.",
     [('Maria Roux', '', 'Nabla', 'founding', 'done')]),
    ("Arthur Roux est l'un des cofondateurs de Mistral AI.",
     [('Arthur Roux', '', 'Mistral AI', 'founding', 'done')]),
    ("Arthur Roux, l'un des cofondateurs de Mistral AI, a répondu.",
     [('Arthur Roux', '', 'Mistral AI', 'founding', 'done')]),
    ("Sibeth Roux, 39 ans, est la nouvelle porte-parole du gouvernement.",
     [('Sibeth Roux', '', 'gouvernement', 'appointment', 'done')]),
    ("Arthur Roux est le fils du fondateur de Mistral AI.", []),
    ("Paul Ravel est le directeur de Renault.", []),
    # a participle in apposition to a later name takes its own organisation, not the main
    # verb's, and its own person ("partie" is hers, not his)
    ("L'ancien ministre Paul Ravel a rejoint la banque Barclays, dans la foulée de son "
     "ex-collègue du gouvernement Nadia Roux, partie à New York chez Capgemini.",
     [('Paul Ravel', '', 'Barclays', 'join', 'done'),
      ('Nadia Roux', '', 'Capgemini', 'join', 'done')]),
    # a title between a team and its holder's name: "l'équipe du candidat X"
    ("Laure Roux a confirmé rejoindre l'équipe du candidat Paul Ravel.",
     [('Laure Roux', '', 'équipe du candidat Paul Ravel', 'join', 'done')]),
    # a place label given to the name after "la chaîne d'ameublement" is corrected
    ("Arnaud Roux a depuis rejoint le conseil de surveillance de la chaîne d'ameublement "
     "Habitat.",
     [('Arnaud Roux', '', 'Habitat', 'join', 'done')]),
    # an apposition of the name does not count in a noun trigger's reach when the trigger's
    # complements resume after it
    ("La nomination de Paul Ravel, ancien directeur de Renault, à la tête de Safran a surpris.",
     [('Paul Ravel', 'Renault', 'Safran', 'appointment', 'done')]),
    ("L'Élysée a dévoilé son remaniement avec la promotion de Paul Ravel, fidèle du président, "
     "comme porte-parole du gouvernement.",
     [('Paul Ravel', '', 'gouvernement', 'appointment', 'done')]),
    # ... nor when a second apposition, of another person, follows
    ("Le groupe a cédé Libération, avec la nomination en janvier d'Arthur Roux, un proche de "
     "Patrick Petit, le grand patron du groupe.", []),
    ("Les critiques visent la nomination de Jean Roux, le président du gestionnaire d'actifs "
     "BlackRock France, au rang d'officier de la Légion d'honneur.", []),
    # a name after "après", "comme", "avant" is not the subject of the verb that follows
    ("Barbara Roux a rejoint EELV en 2000. En 2015, Barbara Roux, après Paul Ravel, quitte le "
     "parti.",
     [('Barbara Roux', '', 'EELV', 'join', 'done'),
      ('Barbara Roux', 'EELV', '', 'departure', 'done')]),
    # an incidental phrase between a verb and its object ("de son côté") is no complement
    ('"Femme de terrain", Annick Lemaire quitte de son côté le ministère des Outre-mer pour '
     'prendre la tête du ministère de la Mer.',
     [('Annick Lemaire', 'ministère des Outre-mer', 'ministère de la Mer', 'appointment', 'done')]),
    # the antecedent of a relative "dont" holding the trigger is the organisation
    ("Renault, dont le PDG Paul Ravel a démissionné, a chuté en Bourse.",
     [('Paul Ravel', 'Renault', '', 'departure', 'done')]),
    ("Les Républicains (8%), dont le président Laurent Roux démissionne le 2 février, reculent.",
     [('Laurent Roux', 'Les Républicains', '', 'departure', 'done')]),
    ("Le groupe Renault, dont Luca Roux a pris la tête en juillet, a chuté en Bourse.",
     [('Luca Roux', '', 'Renault', 'appointment', 'done')]),
    ("Renault, dont les ventes ont chuté, a nommé Paul Ravel directeur.",
     [('Paul Ravel', '', 'Renault', 'appointment', 'done')]),
    # "plus tôt que prévu", "comme annoncé": no clause between a verb and its organisation
    ("Paul Ravel arrive un an plus tôt que prévu à l'Opéra de Paris.",
     [('Paul Ravel', '', 'Opéra de Paris', 'join', 'done')]),
    # the organisation where time was spent is the one left ("après 34 jours au
    # gouvernement"), not a destination
    ("Luc Berthier avait dû jeter l'éponge après 34 jours au gouvernement comme garde des "
     "Sceaux.",
     [('Luc Berthier', 'gouvernement', '', 'departure', 'done')]),
    ("Paul Ravel quitte ses fonctions après dix ans chez Renault.",
     [('Paul Ravel', 'Renault', '', 'departure', 'done')]),
    # "à partir de" is a date, not a departure; "sera le nouveau X" is planned
    ("Paul Ravel sera le nouveau directeur général de Renault à partir de juin.",
     [('Paul Ravel', '', 'Renault', 'appointment', 'planned')]),
    ("Paul Ravel quittera Renault à partir d'avril.",
     [('Paul Ravel', 'Renault', '', 'departure', 'planned')]),
    ("Paul Ravel va partir de Renault.",
     [('Paul Ravel', 'Renault', '', 'departure', 'planned')]),
    # being carried, propelled or kept at the head of an organisation
    ("Le conseil a porté Paul Ravel à la tête de Renault.",
     [('Paul Ravel', '', 'Renault', 'appointment', 'done')]),
    ("Paul Ravel a été propulsé à la tête de Renault.",
     [('Paul Ravel', '', 'Renault', 'appointment', 'done')]),
    ("Paul Ravel a été reconduit à la tête de Renault.",
     [('Paul Ravel', '', 'Renault', 'appointment', 'done')]),
    ("Il a porté la valise à la tête du lit de Paul Ravel.", []),
    # a doctoral researcher described after being named
    ("Le premier arrivé est Kenji Sato. Ce post-doctorant japonais a quitté l'université de "
     "Tokyo en janvier pour rejoindre Inria.",
     [('Kenji Sato', 'université de Tokyo', 'Inria', 'join', 'done')]),
    # an adjective in -ier the model reads as an infinitive ("le groupe immobilier X") is no
    # clause between the verb and the organisation
    ("Virginie Roux a rejoint le groupe immobilier Barnes.",
     [('Virginie Roux', '', 'Barnes', 'join', 'done')]),
    # a kind noun that introduces a name is not a description of an earlier organisation,
    # and the object noun of the verb does not carry past "pour" to the destination
    ("Jean Roux a quitté le groupe financier Natixis pour le groupe laitier Lactalis.",
     [('Jean Roux', 'Natixis', 'Lactalis', 'join', 'done')]),
    # an acronym in parentheses is the organisation before it, not another one
    ("Paul Ravel a décidé de rejoindre le parti présidentiel LREM après son exclusion des "
     "Républicains (LR).",
     [('Paul Ravel', 'Républicains', 'LREM', 'join', 'done')]),
    # an organisation in a parenthesis after a name is the person's label (his party, his
    # candidacy), not a post left or taken, and the parenthesis does not count in the
    # trigger's reach; a founder's title in the parenthesis still founds
    ("Alain Anziani (PS) devient président de Bordeaux Métropole, qui bascule à gauche.",
     [('Alain Anziani', '', 'Bordeaux Métropole', 'appointment', 'done')]),
    ("Marie Dupont (LR) a été nommée directrice de l'Agence régionale de santé.",
     [('Marie Dupont', '', 'Agence régionale de santé', 'appointment', 'done')]),
    ("Sibeth Ndiaye remplace Benjamin Griveaux (candidat à l'investiture LREM pour les "
     "municipales à Paris) comme porte-parole du gouvernement.",
     [('Sibeth Ndiaye', '', 'gouvernement', 'appointment', 'done'),
      ('Benjamin Griveaux', 'gouvernement', '', 'departure', 'done')]),
    # a description whose complement names a person is not that person, though the article
    # is about him: "le directeur de cabinet de Robert Ménard" is someone else
    ("Béziers : le bras droit de Robert Ménard quitte le navire. Robert Ménard, ancien "
     "directeur de Reporters sans frontières, est maire depuis 2014. Le directeur de "
     "cabinet de Robert Ménard quitte ses fonctions à la mairie de Béziers.",
     []),
    # a negation of the governing verb across an insertion ("n'avait, elle, jamais")
    ("Ségolène Royal a réagi, assurant qu'elle n'avait, elle, jamais été tentée de "
     "démissionner de son poste de ministre de l'Environnement.",
     [('Ségolène Royal', "ministère de l'Environnement", '', 'departure', 'denied')]),
    # "ancien" qualifies the noun before the participle, not the title taken after it
    ("Mais pour elle, Nicolas Hulot, l'ancien militant devenu ministre, était un bon choix.",
     [('Nicolas Hulot', '', 'gouvernement', 'appointment', 'done')]),
    # a subject pronoun points back to the last person named who is not a complement
    ("En 1996, M. Netanyahu triomphe du doyen Shimon Peres et devient Premier ministre. "
     "Son règne est de courte durée. En 2009, il redevient Premier ministre d'Israël.",
     [('Netanyahu', '', 'gouvernement', 'appointment', 'done')]),
    ("Paul Martin a salué le travail de Jean Durand. Il a ensuite été nommé directeur "
     "général de Renault.",
     [('Paul Martin', '', 'Renault', 'appointment', 'done')]),
    # the object of "conduire/amener à" moves, not the subject; not a name after "de", nor
    # after "avant de" (the subject's own move)
    ("L'affaire des Mutuelles de Bretagne avait conduit M. Ferrand à quitter le "
     "gouvernement en juin 2017.",
     [('Ferrand', 'gouvernement', '', 'departure', 'done')]),
    ("Ce scandale a amené le ministre Paul Durand à démissionner du gouvernement.",
     [('Paul Durand', 'gouvernement', '', 'departure', 'done')]),
    ("L'affaire avait conduit ce fidèle de la première heure d'Emmanuel Macron à quitter le "
     "gouvernement en juin 2017.", []),
    ("Paul Durand a conduit la délégation à Bruxelles avant de quitter le gouvernement.",
     [('Paul Durand', 'gouvernement', '', 'departure', 'done')]),
    # "qu'il" after a verb of saying is its subject ("ce dernier": the last one named)
    ("Alain Duhamel va succéder à Marc-Olivier Fogiel. Ce dernier avait annoncé en avril "
     "qu'il quittait RTL pour prendre la direction de BFMTV cet été.",
     [('Marc-Olivier Fogiel', 'RTL', 'BFMTV', 'appointment', 'planned')]),
    ("Christophe Castaner a claqué la porte du Parti socialiste pour rejoindre En Marche dès "
     "son lancement.",
     [('Christophe Castaner', 'Parti socialiste', 'En Marche', 'join', 'done')]),
    # a relation noun before a name in apposition ("de sa compagne, X")
    ("Le journaliste Franck Ballanger a cessé de couvrir l'actualité sportive après la "
     "nomination de sa compagne, Roxana Maracineanu, comme ministre des Sports.",
     [('Roxana Maracineanu', '', 'ministère des Sports', 'appointment', 'done')]),
    # an adverb before the new holder's title; an acronym in parentheses before the name
    ("Paul Martin, tout nouveau PDG de Renault, a déclaré qu'il était ravi.",
     [('Paul Martin', '', 'Renault', 'appointment', 'done')]),
    ("Vendredi, le nouveau président du Conseil français du culte musulman (CFCM) Mohammed "
     "Moussaoui avait estimé que rien ne saurait justifier les menaces.",
     [('Mohammed Moussaoui', '', 'Conseil français du culte musulman', 'appointment',
       'done')]),
    # a government's resignation is its head's
    ("Le gouvernement de Hassan Diab a démissionné lundi.",
     [('Hassan Diab', 'gouvernement', '', 'departure', 'done')]),
    ("Edouard Philippe a présenté vendredi la démission de son gouvernement.",
     [('Edouard Philippe', 'gouvernement', '', 'departure', 'done')]),
    ("Le gouvernement a démissionné lundi.", []),
    # a possibility is a hypothesis, not a report, unless a source is named
    ("Le porte-parole du gouvernement, Benjamin Griveaux, pourrait également quitter "
     "l'équipe afin de se concentrer sur sa candidature.", []),
    ("Pourquoi Marlène Schiappa pourrait quitter le gouvernement", []),
    ("Selon Le Parisien, Benjamin Griveaux pourrait quitter le gouvernement.",
     [('Benjamin Griveaux', 'gouvernement', '', 'departure', 'reported')]),
    # press verbs of appointment, as data ("parachuté à la tête de", "coopté au conseil")
    ("Paul Martin a été parachuté à la tête de la SNCF.",
     [('Paul Martin', '', 'SNCF', 'appointment', 'done')]),
    ("Paul Martin a été coopté au conseil d'administration de Renault.",
     [('Paul Martin', '', 'Renault', 'appointment', 'done')]),
    ("Paul Martin a été parachuté dans la 5e circonscription des Yvelines.", []),
    # an assembly completed by a name is an organisation; its head is elected to it
    ("Fraichement élu président de l'Assemblée de Corse, avec 40 voix sur 63, Jean-Guy "
     "Talamoni a prononcé un discours en langue corse.",
     [('Jean-Guy Talamoni', '', 'Assemblée de Corse', 'appointment', 'done')]),
    # an institution's own name the model takes for a place
    ("Le Théâtre du Châtelet écarte sa directrice artistique Ruth Mackenzie",
     [('Ruth Mackenzie', 'Théâtre du Châtelet', '', 'departure', 'done')]),
    # a name the model reads as a verb ("Margrethe Vestager") is no clause before the
    # organisation of the persons named together
    ("La présidente a nommé Frans Timmermans et Margrethe Vestager à la Commission "
     "européenne.",
     [('Frans Timmermans', '', 'Commission européenne', 'appointment', 'done'),
      ('Margrethe Vestager', '', 'Commission européenne', 'appointment', 'done')]),
    # the title of the one who appoints is not the post taken, nor a public office that
    # would drop the move; the appointer's organisation is the one joined
    ("Le président de la République a nommé Paul Ravel au gouvernement.",
     [('Paul Ravel', '', 'gouvernement', 'appointment', 'done')]),
    ("Le PDG de Renault Paul Ravel a recruté Jean Roux.",
     [('Jean Roux', '', 'Renault', 'join', 'done')]),
    # the one replaced in a succession noun leaves what its verb's subject joined
    ("Paul Ravel a été nommé directeur de l'Opéra de Paris. Il doit préparer la "
     "succession de Jean Roux.",
     [('Paul Ravel', '', 'Opéra de Paris', 'appointment', 'done'),
      ('Jean Roux', 'Opéra de Paris', '', 'departure', 'planned')]),
    ("Paul Ravel a été nommé directeur de l'Opéra de Paris. Cet Allemand de 46 ans a "
     "commencé à préparer la succession de Jean Roux.",
     [('Paul Ravel', '', 'Opéra de Paris', 'appointment', 'done'),
      ('Jean Roux', 'Opéra de Paris', '', 'departure', 'done')]),
    # "créateur de" an organisation is its founder; a creator of no organisation founds none
    ("Paul Roux, l'un des créateurs de la start-up Molotov, a répondu.",
     [('Paul Roux', '', 'Molotov', 'founding', 'done')]),
    ("Paul Roux, créateur de mode, a répondu.", []),
    # a title coordinated with another title of the same name holds it too
    ("Paul Roux, ancien ministre et l'un des cofondateurs de Mistral AI, a répondu.",
     [('Paul Roux', '', 'Mistral AI', 'founding', 'done')]),
    ("Paul Roux, patron d'Airbus et cofondateur de Mistral AI, a répondu.",
     [('Paul Roux', '', 'Mistral AI', 'founding', 'done')]),
    # a determined title in parentheses after the name, as after a comma
    ("Mark Zuckerberg (le fondateur de Facebook) a répondu.",
     [('Mark Zuckerberg', '', 'Facebook', 'founding', 'done')]),
    # "démissionnaire" after a title: the holder named after it leaves the title's body
    ("L'aveu du Premier ministre démissionnaire Hassan Diab a surpris.",
     [('Hassan Diab', 'gouvernement', '', 'departure', 'done')]),
    ("Le ministre de la Culture démissionnaire Paul Ravel a parlé.",
     [('Paul Ravel', 'ministère de la Culture', '', 'departure', 'done')]),
    ("Les cinq démissionnaires de Renault ont écrit une lettre.", []),
    # a new holder of a post named in a noun phrase, without organisation in the sentence,
    # holds it in the organisation the article is about; not when the post is a place's,
    # nor without a post
    ("Europe 1 perd des auditeurs. Europe 1 a changé sa grille. Europe 1 mise sur l'humour. "
     "Le nouveau patron, Laurent Guimier, espère relancer la machine.",
     [('Laurent Guimier', '', 'Europe 1', 'appointment', 'done')]),
    ("Météo France publie ses relevés. Météo France les défend. Météo France répond. En "
     "écrivant au nouveau président de la région Normandie Hervé Morin, Paul Roux a relancé "
     "le débat.", []),
    ("Renault change. Renault recrute. Renault vend. La nomination de Paul Ravel a surpris.",
     []),
    # a handover "entre X et Y": X leaves, Y takes the post; a place before the names is
    # where it happens, not the organisation
    ("La passation de pouvoirs entre Paul Roux et Jean Petit à la tête de l'Opéra de Paris "
     "a eu lieu lundi.",
     [('Jean Petit', '', 'Opéra de Paris', 'appointment', 'done'),
      ('Paul Roux', 'Opéra de Paris', '', 'departure', 'done')]),
    ("La ministre a parlé lors de la passation de pouvoirs rue de Valois entre Paul Roux et "
     "Jean Petit.", []),
    ("La passation de pouvoir entre l'ancien et le nouveau président aura lieu dimanche.", []),
    # a successor given the article's organisation: the one replaced leaves it
    ("Europe 1 perd des auditeurs. Europe 1 change sa grille. Europe 1 mise sur l'humour. "
     "Jean Petit devient directeur en remplacement de Paul Roux.",
     [('Jean Petit', '', 'Europe 1', 'appointment', 'done'),
      ('Paul Roux', 'Europe 1', '', 'departure', 'done')]),
    # a counted plural subject is no named person, and the name nearest is not its mover
    ("C'est un soulagement, a déclaré à l'AFP Christophe Roux de la CGT du livre, rappelant "
     "que 60 salariés sur 240 allaient quitter l'entreprise.", []),
    # a reflexive with its auxiliary founds nothing
    ("Elizabeth Roux a téléchargé l'application Replika et s'est créé un petit-ami.", []),
    # an organisation inside the subject of an active verb of appointing is the one joined
    ("Les dirigeants de Renault ont nommé Paul Roux.",
     [('Paul Roux', '', 'Renault', 'appointment', 'done')]),
    # a post taken by someone from elsewhere, with no destination in the sentence, is in the
    # organisation the article is about
    ("Nissan change de direction. Nissan a publié ses résultats. Nissan vend. Le nouveau "
     "directeur opérationnel, Ashwani Roux, transfuge de Mitsubishi Motors, a présenté son "
     "plan.",
     [('Ashwani Roux', 'Mitsubishi Motors', 'Nissan', 'appointment', 'done')]),
    # "X lui succède": the clitic stands for the last person named before X, who leaves the
    # post X takes; a name after the verb is then its subject, not the one replaced
    ("La garde des Sceaux Nicole Roux, ministre de la Justice depuis 2017, était contestée. "
     "Éric Petit lui succède.",
     [('Éric Petit', '', 'gouvernement', 'appointment', 'done'),
      ('Nicole Roux', 'gouvernement', '', 'departure', 'done')]),
    ("Paul Roux a été nommé PDG de Jaguar. Il a dirigé Renault, où lui a succédé l'Italien "
     "Luca Petit.",
     [('Paul Roux', '', 'Jaguar', 'appointment', 'done')]),
    # words that introduce the post do not put it out of the verb's reach
    ("Le 4 septembre dernier, Joseph Roux a été nommé en tant que nouveau préfet de la "
     "Haute-Marne.",
     [('Joseph Roux', '', 'préfecture de la Haute-Marne', 'appointment', 'done')]),
    # the holder of an intention does its infinitive: "a pris la décision de quitter"
    ("Sylvia Pinel a pris la décision de quitter le Parti socialiste.",
     [('Sylvia Pinel', 'Parti socialiste', '', 'departure', 'done')]),
    ("Sylvia Pinel et Olivier Falorni ont fait le choix de rejoindre le MoDem.",
     [('Sylvia Pinel', '', 'MoDem', 'join', 'done'),
      ('Olivier Falorni', '', 'MoDem', 'join', 'done')]),
    ("La décision de quitter le Parti socialiste a surpris Sylvia Pinel.", []),
    # "cet ex-militant" is a description of the person in focus, as "ce militant" (his
    # party is not left by the appointment)
    ("Arnaud Leroy a été choisi. Cet ex-militant des Verts a été nommé PDG de l'Ademe.",
     [('Arnaud Leroy', '', 'Ademe', 'appointment', 'done')]),
    # "retraite" counts in the singular only: "les retraites" are pensions
    ("La retraite de Paul Girard, patron de Renault, est actée.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("La réforme des retraites de Laurent Roux, ancien directeur d'Auchan, inquiète.", []),
    # a noun after the verb is its object, not its subject (the model misparses "quitte"),
    # unless a relative word opens the clause
    ("- Valérie Petit (Nord), qui n'avait pas obtenu l'investiture LREM pour les "
     "municipales à Lille, quitte le mouvement en janvier 2020.",
     [('Valérie Petit', 'LREM', '', 'departure', 'done')]),
    # a list of names after "après" is not the subject, the name before it is
    ("Fin 2015, Barbara Pompili, après François de Rugy et Jean-Vincent Placé, quitte EELV.",
     [('Barbara Pompili', 'EELV', '', 'departure', 'done')]),
    ("D'après Puremédias, Anne-Sophie Lapix quitte France 2.",
     [('Anne-Sophie Lapix', 'France 2', '', 'departure', 'done')]),
    # names joined by "et" and a description of the second
    ("Renault a recruté Paul Martin et l'ingénieure Julie Durand.",
     [('Paul Martin', '', 'Renault', 'join', 'done'),
      ('Julie Durand', '', 'Renault', 'join', 'done')]),
    ("Paul Martin a quitté Renault et le ministre Jean Dupont a réagi.",
     [('Paul Martin', 'Renault', '', 'departure', 'done')]),
    ("Philippe Vigier (UDI) et Bertrand Plancher (Parti radical) ont été nommés "
     "co-présidents de la Fédération française de tennis.",
     [('Philippe Vigier', '', 'Fédération française de tennis', 'appointment', 'done'),
      ('Bertrand Plancher', '', 'Fédération française de tennis', 'appointment', 'done')]),
    # a verb the model took for a pronoun after its subject ("Lapix quitte/PRON"); the
    # apposition of another person gives no organisation to the one who moves
    ("Selon Le Parisien, Anne-Sophie Lapix quitte France 2.",
     [('Anne-Sophie Lapix', 'France 2', '', 'departure', 'reported')]),
    ("L'Allemande Ursula von der Leyen prendra la tête de la Commission, la Française "
     "Christine Lagarde, celle de la BCE, le Belge Charles Michel hérite de la présidence du "
     "Conseil européen.",
     [('Charles Michel', '', 'Conseil européen', 'appointment', 'done')]),
    # an infinitive of purpose moves the person of the verb before it
    ("Le journaliste Bastien Roux, chef du service économie de Libération, quitte le "
     "quotidien pour rejoindre Le Monde.",
     [('Bastien Roux', 'Libération', 'Le Monde', 'join', 'done')]),
    # idioms and nouns of moves (data: move_triggers.yaml)
    ("Le constructeur Renault se sépare de son directeur général Thierry Bolloré.",
     [('Thierry Bolloré', 'Renault', '', 'departure', 'done')]),
    ("Paul Martin a abandonné la présidence de la Fédération française de football.",
     [('Paul Martin', 'Fédération française de football', '', 'departure', 'done')]),
    ("Paul Martin a tiré sa révérence après vingt ans chez Renault.",
     [('Paul Martin', 'Renault', '', 'departure', 'done')]),
    ("Paul Martin rend son tablier à la tête de Renault.",
     [('Paul Martin', 'Renault', '', 'departure', 'done')]),
    ("Le commissaire Paul Martin a été muté à la préfecture du Nord.",
     [('Paul Martin', '', 'préfecture du Nord', 'join', 'done')]),
    ("Paul Martin a posé ses valises au FC Nantes cet été.",
     [('Paul Martin', '', 'FC Nantes', 'join', 'done')]),
    ("Paul Martin a atterri chez Google.", [('Paul Martin', '', 'Google', 'join', 'done')]),
    ("Paul Martin a été investi à la tête du Parti socialiste.",
     [('Paul Martin', '', 'Parti socialiste', 'appointment', 'done')]),
    ("Paul Martin, nouvelle recrue de Renault, est arrivé lundi.",
     [('Paul Martin', '', 'Renault', 'join', 'done')]),
    ("L'exclusion de Paul Martin du Parti socialiste a été prononcée lundi.",
     [('Paul Martin', 'Parti socialiste', '', 'departure', 'done')]),
    ("Le remplacement de Paul Martin à la tête de Renault a été annoncé.",
     [('Paul Martin', 'Renault', '', 'departure', 'done')]),
    # ... not in another sense
    ("Paul Martin s'est séparé de sa compagne Julie Roux.", []),
    ("Julie Roux assurera les remplacements de Paul Martin au journal de France 2.", []),
    ("Paul Martin a posé ses valises à Lyon pour les vacances.", []),
    # "leur exclusion" names no one: its organisation is that of the verb of the group
    ("Le député Thierry Solère a décidé de rejoindre le parti présidentiel LREM après leur "
     "exclusion des Républicains (LR).",
     [('Thierry Solère', 'Républicains', 'LREM', 'join', 'done')]),
    # "cette nouvelle recrue" was told before: not the name of the relative clause after it
    ("Emmanuelle Wargon entre au gouvernement. Cette nouvelle recrue, qui avait comme "
     "camarade de promotion à l'ENA le Premier ministre Édouard Philippe, a quitté son poste "
     "chez Danone.",
     [('Emmanuelle Wargon', 'Danone', 'gouvernement', 'appointment', 'done')]),
    # the one replaced is not the complement of the subject ("trois proches de X")
    ("Trois proches d'Emmanuel Macron font leur entrée au gouvernement, remplaçant les "
     "trois ministres candidats.", []),
    # "ne ... ni ... ni" denies
    ("« Je ne quitte ni ce métier ni le groupe TF1 », a assuré Gilles Pélisson.",
     [('Gilles Pélisson', 'TF1', '', 'departure', 'denied')]),
    # a participle of founding founds the noun it qualifies, and no founder without "par"
    ("Le sénateur Ted Cruz a appelé le ministère de la Justice à enquêter sur le réseau "
     "créé par Jack Dorsey.", []),
    ("A 18H25, Alex Goude présente sur France 4 l'émission \"Le club Lumni\", créée en plein "
     "confinement.", []),
    ("Toutes deux appartiennent au groupe privé ByteDance, fondé à Pékin en 2012 par Zhang "
     "Yiming, ingénieur de formation.",
     [('Zhang Yiming', '', 'ByteDance', 'founding', 'done')]),
    ("Samsung a été fondé en 1938 par le grand-père de Lee Jae-yong.", []),
    # another person's title gives no organisation left
    ("Des célébrités comme le patron de Tesla Elon Musk ou le fondateur de Microsoft Bill "
     "Gates avaient été piratées.",
     [('Bill Gates', '', 'Microsoft', 'founding', 'done')]),
    # names each with its title, joined by "et"; a verb the model took for a pronoun
    ("Benjamin Griveaux, porte-parole du gouvernement, et Mounir Mahjoubi, secrétaire d'État "
     "au Numérique, quittent le gouvernement.",
     [('Benjamin Griveaux', 'gouvernement', '', 'departure', 'done'),
      ('Mounir Mahjoubi', 'gouvernement', '', 'departure', 'done')]),
    ("Julie Marchal, présidente de la Fnac, et Paul Roux, directeur de Renault, ont rejoint "
     "Stellantis.",
     [('Julie Marchal', 'Fnac', 'Stellantis', 'join', 'done'),
      ('Paul Roux', 'Renault', 'Stellantis', 'join', 'done')]),
    ("Julie Marchal, qui dirigeait la Fnac, et Paul Roux ont rejoint Stellantis.",
     [('Paul Roux', '', 'Stellantis', 'join', 'done')]),
    # a participle qualifying a noun moves the one the noun describes, not a name before it
    ("Emmanuel Macron et Edouard Philippe vont devoir trouver un successeur à l'ancien "
     "militant devenu un ministre médiatique.", []),
    ("Le Premier ministre désigné Moustapha Adib a entamé des consultations au gouvernement.",
     [('Moustapha Adib', '', 'gouvernement', 'appointment', 'done')]),
    ("Un message de remerciements signé Laurence Haïm a été diffusé sur Canal+.", []),
    # a short question is no fact; one that takes the move as known is
    ("Bruno Julliard va-t-il rejoindre le gouvernement ?",
     [('Bruno Julliard', '', 'gouvernement', 'appointment', 'reported')]),
    ("« Pourquoi Laurent Fabius a-t-il été nommé président du Conseil constitutionnel ? »",
     [('Laurent Fabius', '', 'Conseil constitutionnel', 'appointment', 'done')]),
    ("Le ministre de la Transition écologique, Nicolas Hulot, a donné un entretien. "
     "Parallèlement, M. Hulot part en guerre contre le Ceta.", []),
    # the next holder of a post: a planned appointment
    ("Le futur directeur général de l'Opéra de Paris, Alexander Neef, arrivera en mars.",
     [('Alexander Neef', '', 'Opéra de Paris', 'appointment', 'planned')]),
    ("Paul Martin sera le prochain président de Renault.",
     [('Paul Martin', '', 'Renault', 'appointment', 'planned')]),
    ("Le futur président du groupe LREM sera le troisième, après Richard Ferrand et Gilles "
     "Le Gendre.", []),
    ("Le futur directeur général de Renault devra redresser les ventes.", []),
    # heading an electoral list, leaving a television set or a room are no moves; "ministre
    # d'État" is a rank in the government, no ministry
    ("Nathalie Loiseau prendra la tête de la liste LREM aux élections européennes.", []),
    ("Marine Le Pen a quitté le plateau de TF1 furieuse.", []),
    # also after an adverb the model tags as a noun
    ("Alain Martin s'est agacé avant de quitter subitement le plateau de BFMTV.", []),
    # retiring from public life leaves the organisation the person sat in, never joins it
    ("Marie Durand a siégé au Conseil constitutionnel avant de se retirer de la vie "
     "politique.", [('Marie Durand', 'Conseil constitutionnel', '', 'departure', 'done')]),
    ("Bruno Le Maire est promu ministre d'Etat.",
     [('Bruno Le Maire', '', 'gouvernement', 'appointment', 'done')]),
    # joining a body of an organisation joins it; "chez" is where one is dismissed from
    ("Paul Martin entre au conseil d'administration de Renault.",
     [('Paul Martin', '', 'Renault', 'join', 'done')]),
    ("L'élu devra réintégrer dans le programme de LR des mesures de Sens Commun.", []),
    ("Paul Martin est poussé vers la sortie chez Renault.",
     [('Paul Martin', 'Renault', '', 'departure', 'done')]),
    # an organisation coordinated with the person stands beside him, it is not joined
    ("Le réseau de comptes turcs se consacrait à la promotion du président Recep Tayyip "
     "Erdogan et de l'AKP.", []),
    # the organisation after a noun trigger is its complement, not that of the verb before
    ("Paul Martin est parti chez Google après son départ d'Apple.",
     [('Paul Martin', 'Apple', 'Google', 'join', 'done')]),
    # "font parti de" is "faire partie de" misspelt, no departure; an organisation named in
    # a phrase of time ("pendant le discours du président de X") is not where one arrives
    ("Les sénateurs et l'ancien ministre Hervé Lemoine font parti des signataires.", []),
    ("Hélène Garnier a été applaudie. Elle est arrivée pendant le discours du président "
     "du Conseil national, Paul Morel.", []),
    # "à partir de" after an elision ("qu'à partir de") is no departure; an impersonal "il
    # revient à X de" (it is up to X) or "il arrive à X de" (it happens) moves no one
    ("Hélène Garnier préside le Haut Conseil à l'égalité. Elle ne peut se faire qu'à "
     "partir d'une enquête, estime-t-elle.", []),
    ("Paul Morel accuse Pékin. Il revient au gouvernement américain de décider, dit-il.", []),
    # a description naming its organisation is a person given that title of that
    # organisation, not one given the title alone
    ("Le président Paul Girard a reçu les patrons à l'Élysée. Le président de Renault a "
     "quitté le groupe Stellantis en 2019.", []),
    ("Le président Paul Girard a reçu les patrons. Le président de la Fondation Abbé Pierre "
     "a rejoint Emmaüs.", []),
    ("Paul Girard, président de Renault, a parlé. Le président de Renault a quitté le groupe "
     "Stellantis en 2019.", [('Paul Girard', 'Stellantis', '', 'departure', 'done')]),
    # a name after a preposition the parser took for the subject is not the one who moves
    ("Outre Gérald Darmanin, promu à l'Intérieur, l'ancienne ministre de Jacques Chirac "
     "Roselyne Bachelot fait son retour en politique en prenant les rênes du ministère de la "
     "Culture.", [('Gérald Darmanin', '', "ministère de l'Intérieur", 'appointment',
                   'done'),
                  ('Roselyne Bachelot', '', 'ministère de la Culture', 'appointment', 'done')]),
    # "rejoindre le constat de X" is to agree with it
    ("Mathieu Rebeaud a parlé, rejoignant le constat d'une étude de la revue \"Science\".", []),
    ("Paul Girard rejoint l'avis de l'Académie de médecine.", []),
    # the organisation completing the noun right after the trigger is the one joined,
    # however the parser read the headline
    ("Paul Girard rejoint l'équipe de Renault.", [('Paul Girard', '', 'Renault', 'join', 'done')]),
    # a ministry named by a title with two portfolios is the one the text writes, if any
    ("Pour la remplacer à la tête du ministère du Travail, le gouvernement a choisi Paul "
     "Girard. Paul Girard a été nommé ministre du Travail et de l'Emploi.",
     [('Paul Girard', '', 'ministère du Travail', 'appointment', 'done')]),
    # a passive participle agrees with the one who moves: "nommé" is not a woman's
    ("Marie Durand critique Paul Girard. Elle juge étonnant de le voir nommé à la tête de "
     "Renault.", []),
    ("Marie Durand a été nommée à la tête de Renault.",
     [('Marie Durand', '', 'Renault', 'appointment', 'done')]),
    ("Christiane Morel a quitté le gouvernement en janvier 2016.",
     [('Christiane Morel', 'gouvernement', '', 'departure', 'done')]),
    # a name inside the phrase that opens the sentence is not the subject's person
    ("Jacques Toubon était député. En novembre, à la demande du président de la République "
     "François Mitterrand, il intègre le gouvernement.",
     [('Jacques Toubon', '', 'gouvernement', 'appointment', 'done')]),
    ("Paul Girard est animateur. Visiblement réconcilié avec Cyril Hanouna, qu'il avait "
     "qualifié de \"despote\", l'animateur intégrera la bande de \"Touche pas à mon poste\".",
     [('Paul Girard', '', 'Touche pas à mon poste', 'join', 'planned')]),
    ("Après sa défaite, Paul Girard a parlé. Il quittera Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'planned')]),
    # "avoir maille à partir avec" is a quarrel, not a departure
    ("Le journaliste de CNN Omar Jimenez a eu maille à partir avec des policiers.", []),
    ("Paul Morel a parlé. Il arrive même aux ministres de rire de tout.", []),
    # but "il revient au gouvernement" of a person is a return
    ("Paul Morel a quitté Renault. Il revient au gouvernement de Jean Castex.",
     [('Paul Morel', 'Renault', 'gouvernement', 'appointment', 'done')]),
    # "Autre retour, celui du magazine X": the return of a programme, no one's; "celui de"
    # a name is that person's
    ("Jean Morel anime le jeu. Autre retour, celui du magazine \"Automoto\" dont le "
     "tournage reprend mardi sur TF1.", []),
    ("Autre arrivée, celle de Julie Martin chez France 2.",
     [('Julie Martin', '', 'France 2', 'join', 'done')]),
    # a move told in the present and dated in the coming weeks is planned; the date of
    # another noun's event is not the move's
    ("Paul Morel rejoint Renault le 1er avril.",
     [('Paul Morel', '', 'Renault', 'join', 'planned')]),
    ("Elle succède au gouvernement à Nathalie Morel, devenue tête de liste en vue des "
     "élections européennes du 26 mai.",
     [('Nathalie Morel', 'gouvernement', '', 'departure', 'done')]),
    # an organisation deep in the post left is the verb's ("quitté son poste de directeur
    # commercial de l'entreprise X pour rejoindre Y"), not the later trigger's; a name
    # ending in "Société" is an organisation's
    ("En juin 2019, Marc Lenoir a quitté son poste de directeur commercial de l'entreprise "
     "Lactalis pour rejoindre Roquefort Société.",
     [('Marc Lenoir', 'Lactalis', 'Roquefort Société', 'join', 'done')]),
    # but not past a person: her title's organisation is hers, told by the relative clause
    ("D'autres ont été écartés de postes prestigieux, comme Maria Lopez, présidente de la "
     "Cour suprême qui a été limogée en 2018.",
     [('Maria Lopez', 'Cour suprême', '', 'departure', 'done')]),
    # an enumeration after a former post is former too; a shared title ("cogérant") and
    # its complement name where one goes ("du journal X" is no source)
    ("Denis Morel, ancien patron de Canal+, d'Europe 1 ou du Nouvel Obs, a été nommé "
     "directeur général et cogérant du journal Libération.",
     [('Denis Morel', 'Canal+', 'Libération', 'appointment', 'done')]),
    # a capitalised word opening a quotation, written once, is no person
    ("\"Fière de la confiance qui m'est faite et heureuse de conduire cette liste, j'envoie "
     "ma démission au Premier ministre\", a-t-elle déclaré.", []),
    # a verb the model takes for a noun after an apposition closed by a comma
    ("Marie Durand, de France 2, remplace Paul Morel à la tête de TF1.",
     [('Marie Durand', 'France 2', 'TF1', 'appointment', 'done'),
      ('Paul Morel', 'TF1', '', 'departure', 'done')]),
    # the organisation where a career or years were spent is the one left
    ("Jean Morel a rejoint RMC en 2001 après une longue carrière à RTL.",
     [('Jean Morel', 'RTL', 'RMC', 'join', 'done')]),
    # "fondation" followed by a name is a foundation (an organisation), no founding
    ("Ont été diffusées des images liées à la fondation Open Society de George Morel.", []),
    # "D'après" split by the tokenizer still names a source
    ("D'après Le Figaro, Jean Morel quittera la présentation du journal de 13 heures de TF1.",
     [('Jean Morel', 'TF1', '', 'departure', 'planned')]),
    # a one-word name read as a thing's ("L'Instit", a series) is no one to move
    ("Le succès de L'Instit a été immense sur France 2. Il a rejoint France Télévisions "
     "en 2018.", []),
    # "après avoir été" + a post is the post left; + a participle is no post
    ("Paul Morel a rejoint Stellantis après avoir été directeur financier de Renault.",
     [('Paul Morel', 'Renault', 'Stellantis', 'join', 'done')]),
    ("Paul Morel est entré chez PSA en 2002, après avoir été formé au Strate Collège.",
     [('Paul Morel', '', 'PSA', 'join', 'done')]),
    # a short form the document also names in full is the organisation left
    ("Durand limogée de LR\nSophie Durand a réagi dimanche. Le bureau politique du parti "
     "Les Républicains se réunit lundi.",
     [('Sophie Durand', 'Les Républicains', '', 'departure', 'done')]),
    # what a departure governs is left, not the organisation of the leaver's title
    ("Paul Morel, directeur général de Vivendi, a quitté le conseil d'administration de "
     "Renault.", [('Paul Morel', 'Renault', '', 'departure', 'done')]),
    ("L'ancien directeur du groupe Vivendi Paul Morel a démissionné du conseil de "
     "surveillance de Renault.", [('Paul Morel', 'Renault', '', 'departure', 'done')]),
    # the one replaced leaves the post handed over, not the successor's own organisations
    # nor the one a candidate runs for
    ("Paul Morel, ancien patron de Canal+, d'Europe 1 ou du Nouvel Obs, a été nommé "
     "directeur général du journal Libération, en remplacement de Marc Petit.",
     [('Paul Morel', 'Canal+', 'Libération', 'appointment', 'done'),
      ('Marc Petit', 'Libération', '', 'departure', 'done')]),
    ("Rex Tillerson a été limogé de Exxon. Il a été remplacé par le chef de la CIA, Mike "
     "Pompeo.", [('Rex Tillerson', 'Exxon', '', 'departure', 'done'),
                 ('Mike Pompeo', '', 'Exxon', 'appointment', 'done')]),
    # an organisation the news comes from is no party to the move
    ("Paul Girard a quitté le conseil de Renault en 2015, rappelle à l'AFP sa porte-parole.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("Malgré les révélations de Mediapart, Paul Girard a démissionné du conseil de Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("Pris dans la tourmente des révélations de Mediapart, Paul Girard, directeur de l'ARS, "
     "a quitté ses fonctions.", [('Paul Girard', 'ARS', '', 'departure', 'done')]),
    # a relative clause about someone else names no organisation of the move; one giving
    # the mover's post does; "la nouvelle recrue" stands for the person in focus
    ("Julie Morel défend son bilan. Cette nouvelle recrue, qui avait comme camarade de "
     "promotion à l'ENA le Premier ministre Paul Girard, a quitté son poste de directrice "
     "chez Danone pour entrer au gouvernement.",
     [('Julie Morel', 'Danone', 'gouvernement', 'appointment', 'done')]),
    ("Paul Girard, qui était à la tête de Renault depuis 2005, a démissionné de son poste "
     "fin janvier.", [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("Julie Morel, qui dirigeait depuis six ans un groupe de recherche au laboratoire "
     "d'IBM Research à Zurich, a été recrutée par Inria.",
     [('Julie Morel', 'IBM Research', 'Inria', 'join', 'done')]),
    # the post named right after the trigger is the one taken, not the subject's title
    ("Le patron du parti Les Républicains, Paul Girard, a été nommé ministre de "
     "l'Intérieur.", [('Paul Girard', '', "ministère de l'Intérieur", 'appointment', 'done')]),
    # a post left named after "son poste de" names its body, whatever else is named
    ("Officiellement investie tête de liste La République en marche aux Européennes, "
     "Julie Morel a démissionné de son poste de ministre des Affaires européennes.",
     [('Julie Morel', 'ministère des Affaires européennes', '', 'departure', 'done')]),
    ("Paul Girard, ministre de la Culture, a quitté LREM mercredi.",
     [('Paul Girard', 'LREM', '', 'departure', 'done')]),
    # "son départ de l'administration X": the possessor leaves, not X; and what he leaves
    # is the administration, not the body of his title
    ("Le chef du Pentagone Paul Girard a annoncé son départ de l'administration "
     "Trump.", [('Paul Girard', 'administration Trump', '', 'departure', 'done')]),
    # "X, dont le gouvernement a démissionné": X leaves with the government he is of
    ("Le ministre des Travaux publics, Paul Girard, dont le gouvernement a démissionné "
     "lundi, a reçu les élus.", [('Paul Girard', 'gouvernement', '', 'departure', 'done')]),
    # a move wished for, called for or opposed is not told
    ("\"Paul Girard veut entrer au gouvernement\", assure un ancien ministre.", []),
    ("Paul Girard est actionnaire de Renault, groupe dont il aimerait bien prendre la tête.",
     []),
    ("Paul Girard rêve de rejoindre le Real Madrid.", []),
    ("La députée Julie Morel a appelé à la démission de Paul Girard, directeur de l'ARS.",
     []),
    ("Emmanuel Macron s'oppose fermement à la nomination de Paul Girard à la tête de la "
     "Commission européenne.", []),
    # ... even as part of what is asked for
    ("Les manifestants réclament la fin des poursuites et la dissolution du Parlement avec "
     "la démission de Paul Girard, président de la Banque centrale.", []),
    # a name counts as one word in the reach of an event noun
    ("La nomination de Jean-Baptiste Dupont et Marie-Hélène Durand à la tête de Renault a "
     "surpris.", [('Jean-Baptiste Dupont', '', 'Renault', 'appointment', 'done'),
                  ('Marie-Hélène Durand', '', 'Renault', 'appointment', 'done')]),
    # the post left right after the trigger, whatever its parse
    ("Le directeur de cabinet du maire, Paul Girard, quitte ses fonctions à la mairie de "
     "Béziers.", [('Paul Girard', 'mairie de Béziers', '', 'departure', 'done')]),
    # a bishop's see is the organisation his title designates
    ("Le pape a accepté la démission du cardinal Paul Girard, archevêque de Washington.",
     [('Paul Girard', 'archevêché de Washington', '', 'departure', 'done')]),
    # the organisation whose head is taken before the appointer's
    ("Renault a placé Paul Girard à la tête de sa filiale Dacia.",
     [('Paul Girard', '', 'Dacia', 'appointment', 'done')]),
    ("Le groupe Renault a nommé Paul Girard à la tête de Dacia.",
     [('Paul Girard', '', 'Dacia', 'appointment', 'done')]),
    ("La police a placé Paul Girard en garde à vue.", []),
    # a demonstrative pronoun stands for the event noun told before it
    ("Le nouveau patron doit faire face à des départs, dont celui de Paul Girard, "
     "directeur financier de Renault.", [('Paul Girard', 'Renault', '', 'departure',
                                           'done')]),
    ("Renault a annoncé la nomination de Paul Girard au design. Une autre nomination a "
     "surpris : celle de Jean Roux à la tête de Dacia.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done'),
      ('Jean Roux', '', 'Dacia', 'appointment', 'done')]),
    ("Le gouvernement a été formé après la démission de celui de Paul Girard à Beyrouth.",
     []),
    # a public elected office left is no organisation left, whatever else the person is
    ("Le nouveau ministre de la Culture, Paul Girard, a annoncé qu'il quitterait ses "
     "fonctions de maire de Tourcoing.", [('Paul Girard', '', 'ministère de la Culture',
                                          'appointment', 'done')]),
    ("Paul Girard, président de Renault, démissionne de son mandat de député.", []),
    # a prize named past the one who awards it
    ("Paul Girard avait été désigné par Time comme une des personnalités de l'année 2018.",
     []),
    # a head of government joins the government, not the party of the title before him
    ("Le chef du parti Likoud, Paul Girard, a été nommé Premier ministre.",
     [('Paul Girard', '', 'gouvernement', 'appointment', 'done')]),
    # "remplacer celui de X": X's government is replaced, not X
    ("Le Premier ministre Paul Girard, soutenu par le parti Horizon, a été critiqué. Jean "
     "Roux veut former un gouvernement pour remplacer celui de Paul Girard à la tête du "
     "pays.", []),
    # a career started at an organisation joins it
    ("Paul Girard a débuté sa carrière chez Porsche en 1983.",
     [('Paul Girard', '', 'Porsche', 'join', 'done')]),
    ("Paul Girard démarre une carrière dans les médias chez C8.",
     [('Paul Girard', '', 'C8', 'join', 'done')]),
    ("Paul Girard vient tout juste de débuter à LCI.",
     [('Paul Girard', '', 'LCI', 'join', 'done')]),
    ("Le procès de Paul Girard débute lundi au tribunal de Nanterre.", []),
    ("Paul Girard commence à travailler avec Renault.", []),
    # "X, dont la nomination ...": the event noun is the person's the relative stands for
    ("Paul Girard, dont la nomination à la tête de Renault a surpris, a parlé mardi.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Paul Girard, dont le départ de Renault était attendu, a rejoint Stellantis.",
     [('Paul Girard', 'Renault', 'Stellantis', 'join', 'done')]),
    ("Renault, dont la nomination du nouveau patron a surpris, a parlé.", []),
    # "la mise à l'écart de X", "la mise à pied de X" (not "la mise en examen de X")
    ("La direction de France 2 a démenti la mise à l'écart de Paul Girard.",
     [('Paul Girard', 'France 2', '', 'departure', 'denied')]),
    ("La mise à pied de Paul Girard, directeur de Renault, a choqué.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("La mise en examen de Paul Girard, directeur de Renault, a choqué.", []),
    # a reflexive verb of taking the head: its subject moves
    ("En 1981, Paul Girard s'installe aux commandes de Renault.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Renault se sépare de Paul Girard.", [('Paul Girard', 'Renault', '', 'departure',
                                           'done')]),
    # the organisations joined next, after "puis": one move from each to the next
    ("Paul Girard a rejoint Renault en 2010, puis Stellantis en 2015.",
     [('Paul Girard', '', 'Renault', 'join', 'done'),
      ('Paul Girard', 'Renault', 'Stellantis', 'join', 'done')]),
    ("Paul Girard a été recruté par Google puis par Meta.",
     [('Paul Girard', '', 'Google', 'join', 'done'),
      ('Paul Girard', 'Google', 'Meta', 'join', 'done')]),
    ("Paul Girard a rejoint Renault puis a critiqué Stellantis.",
     [('Paul Girard', '', 'Renault', 'join', 'done')]),
    # a nationality the model took for a name is the person in focus
    ("August Weber, 63 ans, dirigeait le développement de la gamme. L'Autrichien a débuté "
     "sa carrière chez Porsche en 1983.", [('August Weber', '', 'Porsche', 'join', 'done')]),
    # (but a move after "à" is told when the verb asks for nothing)
    ("À son entrée au gouvernement en 2017, Paul Girard avait attendu quatre mois.",
     [('Paul Girard', '', 'gouvernement', 'appointment', 'done')]),
    # "X est rejoint par Y": Y joins X, a person, no organisation; X does not move
    ("Paul Girard, qui anime la matinale, est rejoint par Marc Petit, journaliste du groupe "
     "Altice.", []),
    ("Marie Durand est rejointe par Paul Girard sur le plateau de France 2.", []),
    ("Paul Girard rejoint la rédaction de France 2.",
     [('Paul Girard', '', 'France 2', 'join', 'done')]),
    ("La start-up Alan a été cofondée par Paul Girard.",
     [('Paul Girard', '', 'Alan', 'founding', 'done')]),
    # a participle after "puis" shares the subject of the verb before it, not the name
    # that verb governs
    ("Yves Martin, qui a cédé la direction de Valeurs actuelles en 2016 à Paul Girard, puis "
     "quitté le magazine en 2018, a parlé.",
     [('Paul Girard', '', 'Valeurs actuelles', 'appointment', 'done'),
      ('Yves Martin', 'Valeurs actuelles', '', 'departure', 'done'),
      ('Yves Martin', 'Valeurs actuelles', '', 'departure', 'done')]),
    ("Yves Martin a cédé la présidence à Paul Girard, puis quitté Valeurs actuelles en 2018.",
     [('Paul Girard', '', 'Valeurs actuelles', 'appointment', 'done'),
      ('Yves Martin', 'Valeurs actuelles', '', 'departure', 'done')]),
    ("Il a cédé sa place à Paul Girard, parti de Marianne.",
     [('Paul Girard', 'Marianne', '', 'departure', 'done')]),
    # an object clitic stands for the thing named just before it, not for a person
    ("Paul Girard dirige Libération. Altice a annoncé son intention de se séparer du journal "
     "pour le transférer au groupe Le Monde.", []),
    ("Paul Girard joue à Lens. Le club a recruté le joueur pour le transférer à l'Olympique "
     "lyonnais.", [('Paul Girard', '', 'Olympique lyonnais', 'join', 'done')]),
    ("Marie Durand dirigeait la rédaction. Le groupe l'a nommée à la tête de Libération.",
     [('Marie Durand', '', 'Libération', 'appointment', 'done')]),
    # the name in apposition to a title the verb takes as its object
    ("La ministre de la Culture, Rachida Dati, a limogé le président de Radio France, Paul "
     "Lefèvre.", [('Paul Lefèvre', 'Radio France', '', 'departure', 'done')]),
    ("Le groupe Casino a remercié son directeur général, Paul Girard, après trois ans.",
     [('Paul Girard', 'Casino', '', 'departure', 'done')]),
    ("Le groupe Altice a limogé le rédacteur en chef de Libération, Paul Girard.",
     [('Paul Girard', 'Libération', '', 'departure', 'done')]),
    ("Le groupe a limogé le directeur de l'usine, après la grève, Paul Girard l'a confirmé.",
     []),
    # "être sur le point de" / "en passe de": the subject moves, soon
    ("Paul Girard est sur le point de quitter BNP Paribas.",
     [('Paul Girard', 'BNP Paribas', '', 'departure', 'planned')]),
    ("Selon Les Echos, Marie Durand serait sur le point de quitter BNP Paribas pour rejoindre "
     "la Société générale.",
     [('Marie Durand', 'BNP Paribas', 'Société générale', 'join', 'reported')]),
    ("Paul Girard est en passe de rejoindre Renault.",
     [('Paul Girard', '', 'Renault', 'join', 'planned')]),
    ("Paul Girard est le point de contact de Renault pour rejoindre le salon.", []),
    # a name after "de" does not hold the title before it
    ("Olivier Véran, neurologue, a été nommé ministre de la Santé en remplacement d'Agnès "
     "Buzyn.", [('Olivier Véran', '', 'ministère de la Santé', 'appointment', 'done'),
                ('Agnès Buzyn', 'ministère de la Santé', '', 'departure', 'done')]),
    # years spent somewhere, "passés" or not, were spent at the organisation left (and
    # "59 ans" before a verb is an age)
    ("Jean Martin a pris sa retraite après quarante ans passés chez Michelin.",
     [('Jean Martin', 'Michelin', '', 'departure', 'done')]),
    ("Après dix ans passés chez Renault, Marie Durand rejoint Stellantis.",
     [('Marie Durand', 'Renault', 'Stellantis', 'join', 'done')]),
    ("Paul Girard est énarque. L'énarque de 59 ans quitte ainsi la présidence de Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    # a post no longer held is left ("n'est plus", "ne sera plus"); not a quality
    ("Christophe Galtier n'est plus l'entraîneur du Paris Saint-Germain.",
     [('Christophe Galtier', 'Paris Saint-Germain', '', 'departure', 'done')]),
    ("Marie Durand ne sera plus la présidente de la SNCF en juin.",
     [('Marie Durand', 'SNCF', '', 'departure', 'planned')]),
    ("Paul Girard n'est plus très jeune mais dirige toujours Renault.", []),
    # the club a player signs or commits to "avec" is the one joined (not a partner of a
    # cause or of a contract)
    ("Paul Girard s'est engagé avec le Real Madrid jusqu'en 2029.",
     [('Paul Girard', '', 'Real Madrid', 'join', 'done')]),
    ("Paul Girard a signé avec Chelsea.", [('Paul Girard', '', 'Chelsea', 'join', 'done')]),
    ("Paul Girard s'engage avec les associations contre la faim.", []),
    ("Le club a signé un accord avec Nike.", []),
    # a departure the organisation announces, named by its kind, is its decision, made
    ("Renault change de patron. Le constructeur a annoncé mardi le départ de son directeur "
     "général, Thierry Bolloré.", [('Thierry Bolloré', 'Renault', '', 'departure', 'done')]),
    # the post a move gives through a verb of holding it ("choisie pour diriger X")
    ("Marie Durand a été choisie pour diriger la SNCF.",
     [('Marie Durand', '', 'SNCF', 'appointment', 'done')]),
    ("Paul Girard a quitté Renault pour diriger Stellantis.",
     [('Paul Girard', 'Renault', 'Stellantis', 'join', 'done')]),
    # a body of the organisation joined, and "rejoint" with its object after a relative
    # clause (the present, not the participle)
    ("Paul Girard, qui a démissionné de la présidence du club en mars, rejoint le conseil "
     "d'administration de Vinci.", [('Paul Girard', '', 'Vinci', 'join', 'done')]),
    # a name the parser hung on a participle read as a noun is not that noun's complement
    ("Nommée directrice de la communication de Renault en 2019, Marie Durand rejoint "
     "aujourd'hui Stellantis.", [('Marie Durand', '', 'Renault', 'appointment', 'done'),
                                 ('Marie Durand', '', 'Stellantis', 'join', 'done')]),
    # an indefinite pronoun subject names no one; an impersonal "il" is no one either, and
    # "Celui qui" after it is the person in focus
    ("Paul Girard est pressenti. Il semble prématuré que l'un ou l'autre prenne la tête de "
     "Renault.", []),
    ("Nicolas Hulot a parlé lundi. \"Il faut aller plus loin\" Celui qui a quitté son poste "
     "de ministre de la Transition écologique en 2018 a commenté la proposition.",
     [('Nicolas Hulot', 'ministère de la Transition écologique', '', 'departure', 'done')]),
    # given names the model does not know alone ("Christel"), a name's own "N'" prefix
    ("Christel Heydemann prend les commandes d'Orange le 4 avril.",
     [('Christel Heydemann', '', 'Orange', 'appointment', 'planned')]),
    ("Le milieu de terrain N'Golo Kanté a signé à Chelsea.",
     [("N'Golo Kanté", '', 'Chelsea', 'join', 'done')]),
    # a verb the model took for a determiner right after the name ("Pascal Praud quitte")
    ("Pascal Praud quitte CNews pour Europe 1, a annoncé la chaîne.",
     [('Pascal Praud', 'CNews', 'Europe 1', 'join', 'done')]),
    # a name the agent's describing noun completes ("le fonds d'investissement X")
    ("Paul Girard a été recruté par le fonds d'investissement Ardian.",
     [('Paul Girard', '', 'Ardian', 'join', 'done')]),
    # a titled name after "avec son ..." is no subject; an infinitive of purpose moves
    # the subject of the verb it serves, and is wanted when that verb is
    ("Marc Lefèvre, brouillé avec son ancien patron Paul Girard, quitte Danone.",
     [('Marc Lefèvre', 'Danone', '', 'departure', 'done')]),
    ("Marc Lefèvre, en froid avec son ancien patron Paul Girard, quitte Danone pour "
     "rejoindre Nestlé.", [('Marc Lefèvre', 'Danone', 'Nestlé', 'join', 'done')]),
    ("Marie Dupont veut quitter Danone pour rejoindre Nestlé.", []),
    ("Le vétéran de l'info Paul Girard va quitter TF1.",
     [('Paul Girard', 'TF1', '', 'departure', 'planned')]),
    # names after a repeated "de" are a list ("les arrivées de X et de Y")
    ("Le PSG a officialisé les arrivées de Paul Girard et de Marc Lefèvre.",
     [('Paul Girard', '', 'PSG', 'join', 'done'), ('Marc Lefèvre', '', 'PSG', 'join', 'done')]),
    ("Danone a annoncé les départs de Paul Girard, de Marie Dupont et de Marc Lefèvre.",
     [('Paul Girard', 'Danone', '', 'departure', 'done'),
      ('Marie Dupont', 'Danone', '', 'departure', 'done'),
      ('Marc Lefèvre', 'Danone', '', 'departure', 'done')]),
    # an unnamed speaker ("avait dit ce spécialiste") is the person in focus, not a
    # name after a preposition ("le mouvement d'Emmanuel Macron")
    ("Le député Paul Girard n'avait jamais eu de mandat avant de découvrir le mouvement "
     "d'Emmanuel Macron. \"J'ai rejoint Renault en 2016\", avait dit ce spécialiste des "
     "ressources humaines à l'AFP.", [('Paul Girard', '', 'Renault', 'join', 'done')]),
    # "appelé au gouvernement / à la tête de": appointed; "alors qu'elle était dirigeante
    # de X": the post held when it came (not "alors qu'il était en pleine négociation")
    ("Elisabeth Moreno a été appelée au gouvernement alors qu'elle était dirigeante de "
     "Hewlett-Packard.", [('Elisabeth Moreno', 'Hewlett-Packard', 'gouvernement',
                           'appointment', 'done')]),
    ("Le conseil d'administration a appelé Paul Girard à la tête de Renault.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Les syndicats appellent à la démission de Paul Girard.", []),
    ("Paul Girard a quitté Renault alors qu'il était en pleine négociation avec Nissan.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    # a dated post told by a participle before a departure is the post then left
    ("Paul Girard, nommé à la tête de la SNCF en 2019, a démissionné.",
     [('Paul Girard', '', 'SNCF', 'appointment', 'done'),
      ('Paul Girard', 'SNCF', '', 'departure', 'done')]),
    ("Nommé à la tête de la SNCF en 2019, Paul Girard quitte ses fonctions.",
     [('Paul Girard', '', 'SNCF', 'appointment', 'done'),
      ('Paul Girard', 'SNCF', '', 'departure', 'done')]),
    # a present participle is active, its object the one moved; an indefinite title as
    # the object is the name closing the sentence after a colon
    ("Renault a surpris en recrutant une ingénieure de Google pour diriger ses logiciels : "
     "Léa Girard.", [('Léa Girard', '', 'Renault', 'join', 'done')]),
    ("En nommant Léa Girard ministre de la Culture ce mercredi, le président réussit une "
     "belle prise.", [('Léa Girard', '', 'ministère de la Culture', 'appointment', 'done')]),
    ("Renault a recruté une ingénieure : elle a refusé de parler, selon Léa Girard.", []),
    # a capitalised participle in -u opening the sentence, tagged as a noun
    ("Élue à la tête du Medef le 3 juillet, Laurence Girard n'a pas attendu pour agir.",
     [('Laurence Girard', '', 'Medef', 'appointment', 'done')]),
    ("Élu député en 2017, Paul Girard a parlé.", []),
    # "tel ou tel dirigeant" is no post in particular
    ("Je vais remplacer tel ou tel dirigeant, a dit Paul Girard, président de Renault.", []),
    # a player lent by a club to another; not "prêter serment", nor money lent
    ("Le milieu de terrain Marc Lefèvre a été prêté par la Juventus à l'AS Saint-Étienne "
     "jusqu'à la fin de la saison.",
     [('Marc Lefèvre', 'Juventus', 'AS Saint-Étienne', 'join', 'done')]),
    ("Paul Girard a prêté serment devant le Sénat.", []),
    ("La banque a prêté trois millions d'euros à Paul Girard.", []),
    # a term of office before the post ("pour un second mandat à la tête de")
    ("Marie Dupont a été reconduite pour un second mandat à la tête de l'Autorité de la "
     "concurrence.", [('Marie Dupont', '', 'Autorité de la concurrence', 'appointment',
                       'done')]),
    # the organisation that closes a phrase before an event noun coordinated with it
    # ("l'arrivée de X au ministère de la Culture et le départ de Y") is the first one's
    ("Le remaniement voit l'arrivée de Marie Dupont au ministère de la Culture et le départ "
     "de Paul Girard.", [('Marie Dupont', '', 'ministère de la Culture', 'appointment',
                          'done')]),
    # the appointer named before the post given ("choisie par X pour diriger",
    # "nommé par le président X Premier ministre")
    ("Marie Dupont a été choisie par Emmanuel Macron pour diriger la Banque de France.",
     [('Marie Dupont', '', 'Banque de France', 'appointment', 'done')]),
    ("Paul Girard a été nommé par le président Emmanuel Macron Premier ministre.",
     [('Paul Girard', '', 'gouvernement', 'appointment', 'done')]),
    # "mettre fin aux fonctions / au contrat de [son titre,] X": X is dismissed
    ("Le conseil d'administration de Casino a mis fin aux fonctions de son PDG, Paul "
     "Girard.", [('Paul Girard', 'Casino', '', 'departure', 'done')]),
    ("Le PSG a mis fin au contrat de Paul Girard.",
     [('Paul Girard', 'PSG', '', 'departure', 'done')]),
    ("Le PSG a mis un terme au contrat de son entraîneur, Paul Girard.",
     [('Paul Girard', 'PSG', '', 'departure', 'done')]),
    ("Le PSG a mis fin au contrat de sponsoring avec Nike.", []),
    # a founder's title and a departure from elsewhere are two records; leaving to found
    # is one
    ("Le fondateur de Free, Paul Girard, quitte la présidence du conseil d'administration "
     "d'Iliad.", [('Paul Girard', '', 'Free', 'founding', 'done'),
                  ('Paul Girard', 'Iliad', '', 'departure', 'done')]),
    ("Paul Girard a quitté Google pour fonder Mistral AI.",
     [('Paul Girard', 'Google', 'Mistral AI', 'founding', 'done')]),
    # a departure told in another sentence is the founding's origin, unless it comes
    # after the founding or goes somewhere of its own
    ("Paul Girard a quitté Google. Il a fondé Mistral AI en avril.",
     [('Paul Girard', 'Google', 'Mistral AI', 'founding', 'done')]),
    ("En avril, Paul Girard a créé le parti Renouveau. Selon la presse, il va présenter sa "
     "démission du gouvernement ce mardi 30 août.",
     [('Paul Girard', '', 'Renouveau', 'founding', 'done'),
      ('Paul Girard', 'gouvernement', '', 'departure', 'reported')]),
    ("Le député Paul Girard a démissionné du groupe UDI-Agir pour rejoindre les "
     "non-inscrits. Il a depuis lancé un parti nommé \"Valeur Absolue\".",
     [('Paul Girard', 'UDI-Agir', '', 'departure', 'done'),
      ('Paul Girard', '', 'Valeur Absolue', 'founding', 'done')]),
    ("Paul Girard a lancé le parti Renouveau. Il avait démissionné du groupe UDI-Agir pour "
     "rejoindre les non-inscrits.", [('Paul Girard', 'UDI-Agir', '', 'departure', 'done'),
                                     ('Paul Girard', '', 'Renouveau', 'founding', 'done')]),
    # a bare title stands for the last one given it before when the last one named is
    # someone else, of its gender, and not its verb's complement
    ("Le député Paul Girard a quitté le groupe UDI. Il a redit son soutien à Emmanuel "
     "Macron. Le député avait démissionné en 2018 du groupe LREM.",
     [('Paul Girard', 'UDI', '', 'departure', 'done'),
      ('Paul Girard', 'LREM', '', 'departure', 'done')]),
    ("La députée Anne Girard a quitté le groupe UDI. Elle a redit son soutien à Emmanuel "
     "Macron. Le député avait démissionné en 2018 du groupe LREM.",
     [('Anne Girard', 'UDI', '', 'departure', 'done')]),
    ("Le député Jean Dupont a réagi. Paul Roux s'est tu. Le député a succédé à Jean Dupont "
     "à la tête du groupe LREM.", [('Jean Dupont', 'LREM', '', 'departure', 'done')]),
    # not a title with a complement, which may be someone else's
    ("Le président Emmanuel Macron a reçu mardi l'entraîneur Paul Roux. Le président du club "
     "a ensuite annoncé sa démission de l'Olympique de Marseille.", []),
    ("Le député Paul Girard a rencontré hier Jean Dupont, élu du Nord. Le député du Nord a "
     "quitté le groupe LREM.", []),
    # the organisation of a title before a departure, named after someone; a shorter form
    # of its name is the same body
    ("Didier Roux, délégué à la Fondation Brigitte Bardot, a quitté son poste.",
     [('Didier Roux', 'Fondation Brigitte Bardot', '', 'departure', 'done')]),
    ("Le délégué de la fondation Bardot Didier Roux a démissionné. Didier Roux, délégué à la "
     "fondation Brigitte Bardot, a quitté son poste après les propos de Brigitte Bardot.",
     [('Didier Roux', 'fondation Brigitte Bardot', '', 'departure', 'done')]),
    # the successor named after "par" and a title of several words, whose organisation
    # is his former post, not the one he takes
    ("Après une semaine de polémiques, le ministre de la Transition écologique François de "
     "Rugy a remis sa démission au gouvernement mardi. Il a été remplacé dès mardi soir "
     "par la ministre des Transports Élisabeth Borne.",
     [('François de Rugy', 'gouvernement', '', 'departure', 'done'),
      ('Élisabeth Borne', '', 'gouvernement', 'appointment', 'done')]),
    ("Rex Tillerson a quitté le gouvernement. Il a été remplacé par le chef de la CIA, Mike "
     "Pompeo.", [('Rex Tillerson', 'gouvernement', '', 'departure', 'done'),
                 ('Mike Pompeo', '', 'gouvernement', 'appointment', 'done')]),
    # "faire ses adieux à X": X is left (not "faire ses débuts", nor a stage)
    ("Après vingt ans de carrière, Marie Dupont a fait ses adieux à TF1 vendredi.",
     [('Marie Dupont', 'TF1', '', 'departure', 'done')]),
    ("Paul Girard fera ses adieux au PSG dimanche.",
     [('Paul Girard', 'PSG', '', 'departure', 'planned')]),
    ("Paul Girard fait ses adieux à la scène.", []),
    ("Paul Girard dirige Renault depuis 2010. Il a fait ses adieux à sa famille avant de "
     "partir en vacances.", []),
    ("Marie Dupont a fait ses débuts chez Renault en 1995.", []),
    # a wish denied is a move denied ("dément vouloir quitter"), a wish alone no move
    ("Paul Girard a démenti vouloir quitter la présidence de la Fédération française de "
     "tennis.", [('Paul Girard', 'Fédération française de tennis', '', 'departure',
                  'denied')]),
    ("Paul Girard dément vouloir quitter Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'denied')]),
    ("Paul Girard veut quitter Renault.", []),
    # a goal ("pour que", "afin que") is no move told
    ("Le ministre a tout fait pour que Paul Girard prenne la tête de la SNCF.", []),
    # a possessed event noun is its verb's subject's when that subject is a description
    # ("la directrice ... a présenté sa démission"), not the last name before it
    ("Les salariés ont reçu un mail du président de Veolia, Paul Girard, les informant que "
     "la directrice du laboratoire avait présenté sa démission.", []),
    ("Selon le rapport, le responsable du SAMU de Lyon a annoncé sa démission après la mort "
     "de Marie Dupont.", []),
    ("Paul Girard, président de Veolia, a annoncé sa démission.",
     [('Paul Girard', 'Veolia', '', 'departure', 'planned')]),
    ("Marie Dupont, directrice du laboratoire de Veolia, est mise en cause par un rapport. "
     "Selon Paul Girard, la directrice a présenté sa démission lundi.",
     [('Marie Dupont', 'Veolia', '', 'departure', 'reported')]),
    # "parti" after an organisation is the noun ("le Likoud, parti de droite"), not "partir"
    ("Le député Paul Girard, membre du Likoud, parti de droite de Benjamin Netanyahu, a été "
     "reçu à l'Élysée.", []),
    # nor in "prendre parti", "tirer parti"
    ("Paul Girard, président de Renault, ne prendra pas parti sur l'élection du président du "
     "Medef.", []),
    ("Marie Dupont a su tirer parti de son passage chez Renault.", []),
    ("Paul Girard est parti de Renault en 2019 pour rejoindre Stellantis.",
     [('Paul Girard', 'Renault', 'Stellantis', 'join', 'done')]),
    # a description is not the source quoted just before ("selon X"); the organisation
    # where it was, told before the departure verb, is the one left (a party, left in
    # another sentence than the post taken: two moves)
    ("Remaniement : Marie Dupont nommée au gouvernement, une trahison selon Sophie Martin\n"
     "La nouvelle ministre, jusque-là encartée chez les Républicains, a quitté son parti "
     "vendredi.", [('Marie Dupont', '', 'gouvernement', 'appointment', 'done'),
                   ('Marie Dupont', 'Républicains', '', 'departure', 'done')]),
    ("Paul Girard a été reçu par le président. Le nouveau Premier ministre, jusque là encarté "
     "chez les Républicains, a quitté son parti vendredi.",
     [('Paul Girard', 'Républicains', '', 'departure', 'done')]),
    # "la personne qui devrait remplacer X" names no one; "X est l'homme qui" names X
    ("Marie Dupont a confirmé avoir été approchée, précisant que Paul Girard, patron de "
     "Renault, lui a dit : « Tu serais la personne qui devrait remplacer Jean Martin ».", []),
    ("Paul Girard est l'homme qui va remplacer Jean Martin à la tête de Renault.",
     [('Paul Girard', '', 'Renault', 'appointment', 'planned'),
      ('Jean Martin', 'Renault', '', 'departure', 'planned')]),
    # a return told without organisation is to the one left before (returns: true)
    ("Accusé de fraude, Paul Girard avait été licencié par Carrefour en 2001 avant d'être "
     "finalement réembauché en 2006.",
     [('Paul Girard', 'Carrefour', '', 'departure', 'done'),
      ('Paul Girard', '', 'Carrefour', 'join', 'done')]),
    ("Marie Dupont a quitté la SNCF en 2015. Elle a été réintégrée en 2018 après une décision "
     "de justice.", [('Marie Dupont', 'SNCF', '', 'departure', 'done'),
                     ('Marie Dupont', '', 'SNCF', 'join', 'done')]),
    ("Marie Dupont a été réintégrée en 2018 après une décision de justice.", []),
    # a cue of likelihood before a move told in a compound past leaves it done
    ("Grand favori du scrutin, Paul Girard avait été élu à la tête du Medef dès le premier "
     "tour.", [('Paul Girard', '', 'Medef', 'appointment', 'done')]),
    ("Grand favori, Paul Girard pourrait être élu à la tête du Medef.",
     [('Paul Girard', '', 'Medef', 'appointment', 'reported')]),
    # "prendre la suite / le relais de X" is a succession
    ("Paul Girard a pris la suite de Jean Martin à la tête de Renault.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done'),
      ('Jean Martin', 'Renault', '', 'departure', 'done')]),
    ("Paul Girard prendra le relais de Jean Martin à la présidence de Renault le 1er mars.",
     [('Paul Girard', '', 'Renault', 'appointment', 'planned'),
      ('Jean Martin', 'Renault', '', 'departure', 'planned')]),
    ("Paul Girard a pris la suite de son père dans l'entreprise familiale.", []),
    # a description noun with its complement before a name gives that name its kind ("la
    # plateforme de discussion Reddit"), which "la plateforme" then stands for
    ("Twitch, une plateforme de streaming, a suspendu la chaîne du président. La plateforme "
     "de discussion Reddit a banni un forum. Paul Girard, cofondateur de la plateforme, s'en "
     "est félicité.", [('Paul Girard', '', 'Reddit', 'founding', 'done')]),
    # a staff post at a seat of public office is a move ("entrée à l'Élysée en 2017 comme
    # conseillère"), the seat alone is not
    ("Sibeth Ndiaye est entrée à l'Élysée en 2017 comme conseillère.",
     [('Sibeth Ndiaye', '', 'Élysée', 'join', 'done')]),
    ("Marie Dupont est entrée à l'Élysée en 2017.", []),
    # the head of a seat of public office or party, its name written with a contracted
    # article ("à la tête des Républicains" for "Les Républicains")
    ("Les Républicains ont voté. Paul Girard a été élu à la tête des Républicains dimanche.",
     [('Paul Girard', '', 'Les Républicains', 'appointment', 'done')]),
    ("Paul Girard a été élu député des Républicains dimanche.", []),
    # an adverb between the name and its apposed founder's title ("X, également
    # cofondatrice de Y")
    ("« Le sport se structure », analyse Marie Dupont, également cofondatrice de Backmarket.",
     [('Marie Dupont', '', 'Backmarket', 'founding', 'done')]),
    # a subject pronoun is not the name after a preposition and a title of several words
    ("Paul Girard, un proche de l'ancien Premier ministre Jean Martin, présidait la "
     "fondation. En 2015, il a quitté Sanofi.",
     [('Paul Girard', 'Sanofi', '', 'departure', 'done')]),
    # "ex-" before a former title does not reach a title after a participle
    ("Olivier Dussopt, ex-député PS devenu secrétaire d'État, a réagi.",
     [('Olivier Dussopt', '', 'gouvernement', 'appointment', 'done')]),
    # "faire" + infinitive: the subject of "faire" makes another move, and an object
    # pronoun is left unread; "se faire" is the subject's own
    ("Paul Girard savait tout de Marc Roux lorsqu'il l'a fait entrer au gouvernement.", []),
    ("Paul Girard a fait entrer Marc Roux au gouvernement en 2019.",
     [("Marc Roux", "", "gouvernement", "appointment", "done")]),
    # the post after the verb is the one it gives its object pronoun, not the subject's
    # title ("X l'a nommé ministre")
    ("Marc Roux est député. Paul Girard l'a nommé ministre en 2014.",
     [('Marc Roux', '', 'gouvernement', 'appointment', 'done')]),
    # "le départ de son ministre" is not the possessor's, and a description at the end of
    # a headline is not the name opening the next line
    ("Paul Girard annonce le départ de son ministre de l'Intérieur\nPaul Girard a annoncé "
     "samedi le départ de son ministre de l'Intérieur. \"Le ministre de l'Intérieur Marc "
     "Roux quittera l'administration à la fin de l'année\", a-t-il écrit.",
     [('Marc Roux', 'administration', '', 'departure', 'planned')]),
    # the one replaced leaves what the subject after the opening clause joined, and "sa
    # prédécesseure X" leaves what the one she preceded joined
    ("Nommée il y a quinze jours pour succéder à Marie Durand, la nouvelle ministre "
     "déléguée à l'Égalité, Claire Petit, assure ne pas être venue pour rien. Mme Petit, "
     "appelée au gouvernement alors qu'elle dirigeait une PME, s'engage.",
     [('Marie Durand', 'gouvernement', '', 'departure', 'done'),
      ('Claire Petit', '', 'gouvernement', 'appointment', 'done')]),
    ("Fraîchement nommé ministre de la Santé, Paul Girard prend ses fonctions. Les "
     "soignants dénoncent le départ de sa prédécesseure Marie Durand.",
     [('Paul Girard', '', 'ministère de la Santé', 'appointment', 'done'),
      ('Marie Durand', 'ministère de la Santé', '', 'departure', 'done')]),
    # a source tells what the new holder wants, not whether the post is his
    ("Selon RTL, le nouveau patron de Renault, Paul Girard, veut tout changer.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    # "nous nous sommes lancés" is no founding; "il m'a fait quitter" moves "me", unread
    ("Nous nous sommes lancés avec Zorglux en 2019.", []),
    ("Paul Girard m'a fait entrer au gouvernement en 2019, puis il m'a fait quitter Renault.",
     []),
    # a plain source does not make a new holder's title reported, a scoop does
    ("Selon nos informations, le nouveau patron de Renault, Paul Girard, veut tout changer.",
     [('Paul Girard', '', 'Renault', 'appointment', 'reported')]),
    # "accéder" to a vice-presidency, as to a presidency
    ("Paul Girard a accédé à la vice-présidence de Renault en 2018.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    # a city's police is the body left
    ("Le policier, identifié comme Paul Girard, a été renvoyé de la police d'Atlanta.",
     [('Paul Girard', "police d'Atlanta", '', 'departure', 'done')]),
    # a demonym stands for the person in focus, with its article or as a compound
    ("Paul Girard est le nouveau patron de Renault. Le Breton est entré chez Peugeot en 1990.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done'),
      ('Paul Girard', '', 'Peugeot', 'join', 'done')]),
    # a group's verb moves each of the persons listed after it ("dont", "parmi lesquels",
    # "à l'instar de", a colon); not a list that runs into another clause ("selon X")
    ("Plusieurs cadres ont quitté Renault ces derniers mois, dont Paul Girard et Marc Dufour.",
     [('Paul Girard', 'Renault', '', 'departure', 'done'),
      ('Marc Dufour', 'Renault', '', 'departure', 'done')]),
    ("Plusieurs salariés ont rejoint Peugeot, parmi lesquels Paul Girard et Marie Durand.",
     [('Paul Girard', '', 'Peugeot', 'join', 'done'),
      ('Marie Durand', '', 'Peugeot', 'join', 'done')]),
    ("Plusieurs cadres ont quitté Renault ces derniers mois, à l'instar du directeur financier "
     "Paul Girard et de la directrice juridique Marie Durand.",
     [('Paul Girard', 'Renault', '', 'departure', 'done'),
      ('Marie Durand', 'Renault', '', 'departure', 'done')]),
    ("Trois administrateurs ont quitté la Fnac : Paul Girard, Marc Dufour et Marie Durand.",
     [('Paul Girard', 'Fnac', '', 'departure', 'done'),
      ('Marc Dufour', 'Fnac', '', 'departure', 'done'),
      ('Marie Durand', 'Fnac', '', 'departure', 'done')]),
    ("Plusieurs cadres ont quitté Renault, dont Paul Girard, selon Marc Dufour.", []),
    ("Plusieurs cadres ont quitté Renault, dont le directeur financier de Paul Girard.", []),
    ("Plusieurs cadres ont quitté Renault en 2019, notamment sous la présidence de Carlos "
     "Ghosn.", []),
    ("Plusieurs cadres ont quitté Renault : un coup dur pour Paul Girard.", []),
    # the organisations founded together, and a founder's title that complements another
    # noun, closed by the name with no comma
    ("Jacques Chirac, fondateur du RPR et de l'UMP, est mort.",
     [('Jacques Chirac', '', 'RPR', 'founding', 'done'),
      ('Jacques Chirac', '', 'UMP', 'founding', 'done')]),
    ("Il a salué la mémoire du fondateur de Free Xavier Niel.",
     [('Xavier Niel', '', 'Free', 'founding', 'done')]),
    ("Le petit-fils du fondateur de Samsung, Lee Jae-yong, a été condamné.", []),
    # an organisation is named by the fullest form of the name written, not by another
    # name of the same body ("UMP" became "Les Républicains"); its short forms give way
    ("Madeleine Roux a été nommée secrétaire nationale de l'UMP en 2014. Elle a quitté Les "
     "Républicains en 2017.",
     [('Madeleine Roux', '', 'UMP', 'appointment', 'done'),
      ('Madeleine Roux', 'Les Républicains', '', 'departure', 'done')]),
    ("L'OM a recruté Paul Girard. L'Olympique de Marseille est content.",
     [('Paul Girard', '', 'Olympique de Marseille', 'join', 'done')]),
    ("Paul Girard a été exclu de LR en 2017. Les Républicains ont tranché.",
     [('Paul Girard', 'Les Républicains', '', 'departure', 'done')]),
    # the successor after "par" is the name in apposition to a title, not its complement
    ("Paul Girard a été remplacé à la tête de Renault par le frère de Marc Dufour, Luc Dufour.",
     [('Luc Dufour', '', 'Renault', 'appointment', 'done'),
      ('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("Fleur Martin a été remplacée à la tête de Renault par la conseillère de Marc Dufour.",
     [('Fleur Martin', 'Renault', '', 'departure', 'done')]),
    ("Paul Girard a été remplacé à la tête de Renault par le directeur de cabinet de Nicolas "
     "Sarkozy, Marc Dufour.",
     [('Marc Dufour', '', 'Renault', 'appointment', 'done'),
      ('Paul Girard', 'Renault', '', 'departure', 'done')]),
    # an impersonal "il faut" moves no one, but "il lui faut", "il semble" someone
    ("Paul Girard n'a pas donné de nouvelles. Il semble avoir quitté Renault en mars.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("Paul Girard est fatigué. Il lui faudra quitter la direction de Renault en juin.",
     [('Paul Girard', 'Renault', '', 'departure', 'planned')]),
    ("Le fils du fondateur d'Ikea Peter Kamprad a quitté le conseil d'administration d'Ikea.",
     [('Peter Kamprad', 'Ikea', '', 'departure', 'done')]),
    # a short form the text defines, or whose initials its long form spells, gives way
    ("Paul Girard a quitté le Medef. Il avait rejoint le Mouvement des entreprises de France "
     "(Medef) en 2010.",
     [('Paul Girard', 'Mouvement des entreprises de France', '', 'departure', 'done'),
      ('Paul Girard', '', 'Mouvement des entreprises de France', 'join', 'done')]),
    ("Paul Girard a quitté la SNCF en mars. Il avait rejoint la Société nationale des chemins "
     "de fer français en 2010.",
     [('Paul Girard', 'Société nationale des chemins de fer français', '', 'departure', 'done'),
      ('Paul Girard', '', 'Société nationale des chemins de fer français', 'join', 'done')]),
    # a post of an assembly's bureau is a post within it, not a seat won
    ("Le député écologiste Denis Roux a démissionné de son poste de vice-président de "
     "l'Assemblée nationale.",
     [('Denis Roux', 'Assemblée nationale', '', 'departure', 'done')]),
    ("Denis Roux a démissionné de la vice-présidence du Sénat.",
     [('Denis Roux', 'Sénat', '', 'departure', 'done')]),
    ("Denis Roux a démissionné de son mandat de député à l'Assemblée nationale.", []),
    # a founding participle with its agent is no speech incise after a quoted name
    ("Le mouvement \"Oz ta droite\", lancé par Robert Ravel, a réuni 300 personnes.",
     [('Robert Ravel', '', 'Oz ta droite', 'founding', 'done')]),
    ("\"Il faut partir\", a lancé Robert Ravel devant Renault.", []),
    # the name right after the noun a founding participle qualifies is what was founded
    ("Le site Twitter, créé par Jack Ravel en 2006, a réuni 300 personnes.",
     [('Jack Ravel', '', 'Twitter', 'founding', 'done')]),
    # a description a founding participle qualifies is the organisation it stands for,
    # when that one is named in its sentence too; not a complement
    ("SpaceX a lancé sa fusée Falcon 9 samedi. Les responsables de la Nasa et de la société "
     "fondée par Elon Roux en 2002 ont vérifié que la capsule de SpaceX était prête.",
     [('Elon Roux', '', 'SpaceX', 'founding', 'done')]),
    ("Les Républicains ont tenu un congrès. Les Républicains ont voté. Le parti est divisé. "
     "Ses membres créent un nouveau mouvement. Ils ne veulent pas s'engager dans le parti "
     "lancé par Emmanuel Roux.", []),
    ("La série de France 2, créée en 2015 par Fanny Roux, a été un carton.", []),
    # the review's sentences: the organisation just named before the one the article is
    # about; a description after an organisation introduced without a name is not the one
    # named before; no departure for a name in the subject's relative clause; no
    # appointment for a speaker; no move for a possessed object that is no one's title
    ("Safran a publié jeudi des résultats en hausse. Safran a aussi confirmé ses objectifs "
     "annuels. Le patron de Safran s'est dit confiant. Par ailleurs, Thales a recruté Paul "
     "Girard. Marie Dupont rejoindra aussi le groupe en septembre.",
     [('Paul Girard', '', 'Thales', 'join', 'done'),
      ('Marie Dupont', '', 'Thales', 'join', 'planned')]),
    ("Safran a racheté une start-up lyonnaise. La société fondée par Paul Girard en 2015 "
     "emploie 40 personnes.", []),
    ("Un avocat proche du ministère de la Justice qui avait défendu Paul Girard lors de son "
     "procès à Lyon en 2015 a démissionné mardi.", []),
    ("Un nouveau directeur a été nommé à Renault, Paul Girard, le PDG, a annoncé jeudi.", []),
    ("Renault a remercié sa clientèle, Paul Girard en tête.", []),
    ("Renault, qui prévoit une croissance, a nommé Paul Girard directeur général.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Paul Girard compte parmi les fondateurs de Renault.",
     [('Paul Girard', '', 'Renault', 'founding', 'done')]),
    ("Paul Girard (un des fondateurs de Renault) a réagi.",
     [('Paul Girard', '', 'Renault', 'founding', 'done')]),
    ("Paul Girard a démissionné de son poste de questeur de l'Assemblée nationale.",
     [('Paul Girard', 'Assemblée nationale', '', 'departure', 'done')]),
    ("Marie Dupont a rejoint Un monde d'avance, le courant de Benoît Hamon au PS.",
     [('Marie Dupont', '', "Un monde d'avance", 'join', 'done')]),
    # an event noun of a group moves each member listed after it
    ("Renault a annoncé le départ de trois cadres, dont Paul Girard et Marc Dufour.",
     [('Paul Girard', 'Renault', '', 'departure', 'done'),
      ('Marc Dufour', 'Renault', '', 'departure', 'done')]),
    ("Renault a annoncé l'arrivée de plusieurs dirigeants, parmi lesquels Paul Girard.",
     [('Paul Girard', '', 'Renault', 'join', 'done')]),
    ("Renault a annoncé le départ de trois cadres, selon Paul Girard.", []),
    # a move ruled out is denied
    ("Pas question pour autant que Michel Roux prenne sa retraite de France Télévisions.",
     [('Michel Roux', 'France Télévisions', '', 'departure', 'denied')]),
    ("Il est hors de question que Paul Roux quitte Renault, a dit le PDG.",
     [('Paul Roux', 'Renault', '', 'departure', 'denied')]),
    # a departure leaves the body of its subject's title, past a relative clause
    ("Un conseiller scientifique du gouvernement britannique qui avait influencé sa décision "
     "de décréter le confinement dans le pays a démissionné après en avoir enfreint les "
     "règles. Le professeur Neil Roux a reconnu une erreur.",
     [('Neil Roux', 'gouvernement', '', 'departure', 'done')]),
    # one of the founders: "un des", "fait partie des", "figure parmi les"
    ("Pierre Roux, un des fondateurs de Mistral AI, a réagi.",
     [('Pierre Roux', '', 'Mistral AI', 'founding', 'done')]),
    ("Adrien Roux fait partie des fondateurs de Mistral AI.",
     [('Adrien Roux', '', 'Mistral AI', 'founding', 'done')]),
    ("Adrien Roux, qui figure parmi les cofondateurs de Mistral AI, a réagi.",
     [('Adrien Roux', '', 'Mistral AI', 'founding', 'done')]),
    ("Le fils d'un des fondateurs de Mistral AI, Pierre Roux, a réagi.", []),
    ("Le fils de l'un des fondateurs de Mistral AI, Pierre Roux, a réagi.", []),
    # an unnamed new holder named after the clause
    ("Un nouveau rédacteur en chef a été nommé à Libération, Andreï Roux.",
     [('Andreï Roux', '', 'Libération', 'appointment', 'done')]),
    ("Un nouveau directeur a été nommé chez Renault, Luca Roux a annoncé jeudi.", []),
    # a plan of the employer's
    ("Mitsubishi Motors prévoit de démettre rapidement Carlos Roux.",
     [('Carlos Roux', 'Mitsubishi Motors', '', 'departure', 'planned')]),
    # ... whatever is written between, and a verb in quotes the tagger missed
    ('Mitsubishi Motors prévoit également de "démettre rapidement" Carlos Roux.',
     [('Carlos Roux', 'Mitsubishi Motors', '', 'departure', 'planned')]),
    ('Renault a décidé de "limoger" Carlos Roux.',
     [('Carlos Roux', 'Renault', '', 'departure', 'done')]),
    # a description stands for the organisation the article is about, when it is of its
    # kind, before another named in passing, unless the text calls one by that noun; a
    # demonstrative for the last one named
    ("Facebook a publié ses résultats. Facebook a gagné des parts. Facebook a recruté des "
     "ingénieurs chez Google. Le groupe a nommé Paul Roux directeur financier.",
     [('Paul Roux', '', 'Facebook', 'appointment', 'done')]),
    ("La Banque Postale a publié ses résultats. La Banque Postale recrute. La Banque Postale "
     "grandit. Le groupe La Poste a démenti une rumeur. « Hugo Roux n'a pas quitté le "
     "groupe », a affirmé un porte-parole.",
     [('Hugo Roux', 'La Poste', '', 'departure', 'denied')]),
    ("TikTok est menacé. TikTok appartient à ByteDance. TikTok intéresse Oracle. Ce groupe "
     "informatique a été cofondé par Larry Roux.",
     [('Larry Roux', '', 'Oracle', 'founding', 'done')]),
    # a one-word name after "M." is a person's, even opening the quotation glued to the
    # sentence before
    ("Facebook a ignoré un rapport interne. Facebook savait. Facebook n'a rien fait. Les "
     "utilisateurs restent connectés à Facebook ou Instagram.\"M. Zuckerberg (le fondateur "
     "et patron du groupe) a ignoré ce rapport\", écrit le journal.",
     [('Zuckerberg', '', 'Facebook', 'founding', 'done')]),
    # the one in apposition to a possessed object is the one moved
    ("PSA a nommé son second, Matthias Roux, directeur du design.",
     [('Matthias Roux', '', 'PSA', 'appointment', 'done')]),
    # a participle after its auxiliary, whatever the tagger took it for (a determiner)
    ("Paul Girard a intégré Renault en 2009.",
     [('Paul Girard', '', 'Renault', 'join', 'done')]),
    ("Paul Girard a intégré Renault.",
     [('Paul Girard', '', 'Renault', 'join', 'done')]),
    # "autre" before a founder's title in apposition: the name before it is a founder too
    ('"C\'était dur", abonde Paul Girard, autre cofondateur d\'Asobo.',
     [('Paul Girard', '', 'Asobo', 'founding', 'done')]),
    ("Paul Girard, l'autre cofondateur d'Asobo, a parlé.",
     [('Paul Girard', '', 'Asobo', 'founding', 'done')]),
    # "se séparer de X" is said of the organisation, in the compound past too
    ("Le PSG s'est séparé de Paul Girard, son entraîneur.",
     [('Paul Girard', 'PSG', '', 'departure', 'done')]),
    ("Renault s'est séparé de son directeur général Paul Girard.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("Renault se sépare de son directeur général Paul Girard.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("Paul Girard s'est séparé de sa femme Julie Durand.", []),
    # handing back one's party card is leaving the party, whatever the preposition after it
    ("Paul Girard a rendu sa carte du PS en 2017.",
     [('Paul Girard', 'PS', '', 'departure', 'done')]),
    ("Paul Girard rend sa carte d'adhérent à LR.",
     [('Paul Girard', 'LR', '', 'departure', 'done')]),
    ("Paul Girard a rendu sa carte de presse.", []),
    # a party left and a post taken, told in two sentences, are two moves; a party left
    # for another, or for a post in the same sentence, one
    ("Paul Girard a été nommé Premier ministre vendredi. Il a rendu sa carte des "
     "Républicains vendredi.",
     [('Paul Girard', '', 'gouvernement', 'appointment', 'done'),
      ('Paul Girard', 'Républicains', '', 'departure', 'done')]),
    # a participle opening the sentence, without auxiliary: the subject after its clause
    ("Devenu directeur de Renault en 2015, Paul Girard a parlé.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Tout juste devenue présidente de la Fnac, Julie Roux a parlé.",
     [('Julie Roux', '', 'Fnac', 'appointment', 'done')]),
    # a post entrusted to the person after "à": as object, passive subject or the noun a
    # participle qualifies; the subject organisation is the one joined; anything else
    # entrusted is no move
    ("France Télévisions a confié la direction de ses programmes à Paul Girard.",
     [('Paul Girard', '', 'France Télévisions', 'appointment', 'done')]),
    ("Le gouvernement a confié la direction de la SNCF à Paul Girard.",
     [('Paul Girard', '', 'SNCF', 'appointment', 'done')]),
    ("La direction de Renault a été confiée à Paul Girard.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Renault a pris des mesures pour assurer l'intérim, confié au numéro deux de "
     "l'entreprise, Paul Girard.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Paul Girard a confié ses craintes à Julie Roux, directrice de Renault.", []),
    # a handover verb's sentence is read whatever form the verb takes
    ("Paul Girard transmet le relais à Julie Roux à la tête de Renault.",
     [('Julie Roux', '', 'Renault', 'appointment', 'done'),
      ('Paul Girard', 'Renault', '', 'departure', 'done')]),
    # "ce nouveau groupe": the organisation of the kind the text introduced last (of
    # those it calls a "groupe", quoted name or not), not the one it named last
    ('Deux députés ont quitté le groupe LREM. Un groupe a vu le jour, baptisé "Libertés et '
     'territoires". Paul Girard a choisi de rejoindre ce nouveau groupe, a noté franceinfo. '
     'Au sein du groupe "Libertés et territoires", il sera à l\'aise.',
     [('Paul Girard', '', 'Libertés et territoires', 'join', 'done')]),
    ("Le groupe LREM est en crise. Le groupe Libertés et territoires a été créé mercredi. "
     "Deux députés ont quitté le groupe LREM. Paul Girard a rejoint ce nouveau groupe.",
     [('Paul Girard', '', 'Libertés et territoires', 'join', 'done')]),
    # elected to the head of a party the text describes ("du parti"), as of one it names
    ("Les Républicains ont voté. Élu le 10 décembre à la tête du parti, Paul Girard doit "
     "composer un bureau.",
     [('Paul Girard', '', 'Les Républicains', 'appointment', 'done')]),
    ("Les Républicains ont voté. Paul Girard a été élu au parti en 2010.", []),
    # the post of a seat of public office's bureau left, a date between verb and post
    ("Paul Girard a démissionné lundi 9 mai de son poste de vice-président de l'Assemblée "
     "nationale.",
     [('Paul Girard', 'Assemblée nationale', '', 'departure', 'done')]),
    # (review) what the rules above must not read: the active subject of "confier" gives
    # nothing; "où" after a place that is no organisation; a relative clause of place for
    # a verb that needs no place; a name after "Selon" in a list; a bank card; time spent
    ("La direction de Renault a confié ses inquiétudes à Paul Girard.", []),
    ("La direction de Renault a confié à l'AFP que Paul Girard partirait.",
     [('Paul Girard', 'Renault', '', 'departure', 'reported')]),
    ("Il a rencontré le PDG de Renault à Lyon, où il est entré en scène.", []),
    ("Paul Girard travaille chez Renault, où il fait un excellent travail.", []),
    ("Selon Julie Roux, le directeur Paul Girard et la directrice Sophie Blanc ont "
     "rejoint Renault.",
     [('Paul Girard', '', 'Renault', 'join', 'reported'),
      ('Sophie Blanc', '', 'Renault', 'join', 'reported')]),
    ("Paul Girard a rendu sa carte bancaire à BNP Paribas.", []),
    ("Paul Girard travaille chez Renault, où il a passé huit ans.", []),
    ("Paul Girard s'est séparé de Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    # names in a list joined by "ainsi que", and by a comma before a description
    ("Julie Roux, Paul Girard ainsi que Marc Blanc ont rejoint Renault.",
     [('Julie Roux', '', 'Renault', 'join', 'done'),
      ('Paul Girard', '', 'Renault', 'join', 'done'),
      ('Marc Blanc', '', 'Renault', 'join', 'done')]),
    ("Les radicaux Julie Roux et Paul Girard, l'ex-socialiste Marc Blanc ainsi que les "
     "députés corses Jean Noir, Luc Vert ont rejoint Renault.",
     [('Julie Roux', '', 'Renault', 'join', 'done'),
      ('Paul Girard', '', 'Renault', 'join', 'done'),
      ('Marc Blanc', '', 'Renault', 'join', 'done'),
      ('Jean Noir', '', 'Renault', 'join', 'done'),
      ('Luc Vert', '', 'Renault', 'join', 'done')]),
    ("Julie Roux, la ministre, a rencontré Paul Girard, qui a rejoint Renault.",
     [('Paul Girard', '', 'Renault', 'join', 'done')]),
    # ... never one its sentence has the person leave, nor one left with its noun before it
    ("Le groupe LREM est en crise. Un groupe a vu le jour, baptisé Libertés et territoires. "
     "Paul Girard, qui a quitté le groupe LREM, a rejoint ce nouveau groupe.",
     [('Paul Girard', 'LREM', '', 'departure', 'done')]),
    # a relative clause of place stands for the place a verb needs; time spent is no move
    ("Paul Girard a fait toute sa carrière chez Auchan où il est entré en novembre 1990.",
     [('Paul Girard', '', 'Auchan', 'join', 'done')]),
    ("Paul Girard travaille chez Renault, où il avait débuté en 1990.",
     [('Paul Girard', '', 'Renault', 'join', 'done')]),
    ("Paul Girard est rentré chez lui, où il est entré en 1990.", []),
    # an adverb between the auxiliary and a participle the tagger took for a preposition
    ("Paul Girard a ensuite intégré Auchan France en 2009.",
     [('Paul Girard', '', 'Auchan', 'join', 'done')]),
    ("Paul Girard a passé dix ans chez Renault.", []),
    ("Paul Girard a quitté le PS vendredi. Il a rejoint La République en marche.",
     [('Paul Girard', 'PS', 'La République en marche', 'join', 'done')]),
    ("Paul Girard a été exclu du PS. Son arrivée au gouvernement a surpris.",
     [('Paul Girard', 'PS', '', 'departure', 'done'),
      ('Paul Girard', '', 'gouvernement', 'appointment', 'done')]),
    # a name cited as the source is not the subject the parser missed; several people
    # are not one of them
    ("Le Premier ministre hésite. Selon le journaliste de Libération Jean Petit, qui cite une "
     "source au sein de l'exécutif, les deux hommes devraient tous les deux quitter le "
     "gouvernement à la fin de la semaine.", []),
    ("D'après le président du Sénat Jean Petit, les ministres devraient tous les deux quitter "
     "le gouvernement à la fin de la semaine.", []),
    ("D'après les informations du Monde Paul Girard va quitter Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'reported')]),
    # functions handed over; the organisation after the heir is his, not the holder's
    ("Paul Girard, PDG de Renault, a cédé ses fonctions à Marc Dufour en mars.",
     [('Marc Dufour', '', 'Renault', 'appointment', 'done'),
      ('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("En mars, Paul Girard cédera ses fonctions à Marc Dufour, actuel responsable des activités "
     "compétition pour les modèles Porsche GT, lequel sera placé sous la direction d'Oliver "
     "Blume.", []),
    ("Paul Girard a cédé ses actions à Marc Dufour en mars.", []),
    # the one replaced, then appointed elsewhere, moves twice; replaced, then joining
    # elsewhere, once
    ("Marc Dufour a été élu à la tête du Sénat. Il succède à Paul Girard, à la tête du Sénat "
     "depuis 2008. Paul Girard a été nommé membre du Conseil constitutionnel par le président.",
     [('Marc Dufour', '', 'Sénat', 'appointment', 'done'),
      ('Paul Girard', 'Sénat', '', 'departure', 'done'),
      ('Paul Girard', '', 'Conseil constitutionnel', 'appointment', 'done')]),
    ("Marc Dufour remplace Paul Girard sur RTL. Cette émission remplacera celle de Paul "
     "Girard, qui va rejoindre Europe 1.",
     [('Marc Dufour', '', 'RTL', 'appointment', 'done'),
      ('Paul Girard', 'RTL', 'Europe 1', 'join', 'planned')]),
    # "désormais" before a title tells the post is new, as "nouveau" does
    ("Paul Girard est désormais directeur général de Renault.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Paul Girard, désormais directeur de Renault, a parlé.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Paul Girard, désormais ancien directeur de Renault, a parlé.", []),
    ("Les salariés de Renault devront désormais travailler le samedi.", []),
    # members of a group listed after "tels que", "comme" (not a comparison)
    ("Plusieurs cadres ont quitté Renault, tels que Paul Girard et Marc Dufour.",
     [('Paul Girard', 'Renault', '', 'departure', 'done'),
      ('Marc Dufour', 'Renault', '', 'departure', 'done')]),
    ("Des figures de la chaîne ont été remerciées par Canal+, telles que Julie Roux ou Marc "
     "Dufour.", [('Julie Roux', 'Canal+', '', 'departure', 'done'),
                 ('Marc Dufour', 'Canal+', '', 'departure', 'done')]),
    ("Plusieurs cadres ont quitté Renault, comme l'avait fait Paul Girard en 2019.", []),
    ("Plusieurs cadres ont quitté Renault comme prévu, dont Paul Girard et Marc Dufour.",
     [('Paul Girard', 'Renault', '', 'departure', 'done'),
      ('Marc Dufour', 'Renault', '', 'departure', 'done')]),
    # a head post named by a possessive is that of the organisation "sa" stands for
    ("Renault traverse une crise. Paul Girard a pris sa tête en 2019.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Renault traverse une crise. Paul Girard a été nommé à sa tête en 2019.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Renault traverse une crise. Paul Girard a pris ses rênes en 2019.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Renault possède Dacia. Renault vend des voitures. Dacia traverse une crise. Paul Girard "
     "a pris sa tête en 2019.", [('Paul Girard', '', 'Dacia', 'appointment', 'done')]),
    ("Renault traverse une crise. Paul Girard a pris sa tête entre ses mains.", []),
    ("Renault traverse une crise. Paul Girard a pris sa tête à deux mains.", []),
    ("Paul Girard travaille chez Renault. Marc Dufour a quitté sa direction pour rejoindre "
     "Peugeot.", [('Marc Dufour', '', 'Peugeot', 'join', 'done')]),
    # "ne" alone with pouvoir, savoir or oser negates ("ne ... que" does not)
    ("Paul Girard ne pouvait quitter Renault avant 2020.",
     [('Paul Girard', 'Renault', '', 'departure', 'denied')]),
    ("Paul Girard n'a pu quitter Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'denied')]),
    ("Paul Girard ne pouvait que quitter Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("Je crains que Paul Girard ne puisse quitter Renault dès lundi.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("Nul ne sait quand Paul Girard quittera Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'planned')]),
    # leaving a place or a milieu leaves no post
    ("Paul Girard dirige Renault. Jusqu'à présent, il ne pouvait quitter l'Hexagone.", []),
    ("Paul Girard dirige Renault. Il a quitté le monde des assurances lundi.", []),
    # an adverb between the verb and its object is no preposition ("d'abord")
    ("Julie Roux a quitté LREM. Elle rejoint d'abord UDI-Agir puis Libertés et Territoires.",
     [('Julie Roux', 'LREM', '', 'departure', 'done'),
      ('Julie Roux', '', 'UDI-Agir', 'join', 'done'),
      ('Julie Roux', 'UDI-Agir', 'Libertés et Territoires', 'join', 'done')]),
    # a seat handed over is no organisation; the party after the office is a label
    ("L'ex-député PS Paul Girard, élu maire de Lyon en mai, a laissé sa place à sa "
     "suppléante Julie Roux.", []),
    ("Le président de Renault Paul Girard a cédé sa place à Marc Dufour.",
     [('Marc Dufour', '', 'Renault', 'appointment', 'done'),
      ('Paul Girard', 'Renault', '', 'departure', 'done')]),
    # an institution announcing a departure has decided it, even when the model takes
    # the institution for a place
    ("Le Théâtre du Châtelet, un des plus beaux de Paris, a annoncé lundi le départ de sa "
     "directrice Julie Roux.", [('Julie Roux', 'Théâtre du Châtelet', '', 'departure', 'done')]),
    ("Le Musée d'Orsay, un des plus visités de Paris, a annoncé lundi le départ de sa "
     "directrice Julie Roux.", [('Julie Roux', "Musée d'Orsay", '', 'departure', 'done')]),
    # a ministry named by its seat or its portfolio alone is the ministry
    ("Après deux ans place Beauvau, Paul Girard a quitté la place Beauvau en juillet.",
     [('Paul Girard', "ministère de l'Intérieur", '', 'departure', 'done')]),
    ("Paul Girard a quitté Bercy en août 2016 pour lancer son mouvement.",
     [('Paul Girard', "ministère de l'Économie et des Finances", '', 'departure', 'done')]),
    ("Paul Girard a été promu à l'Intérieur lors du remaniement.",
     [('Paul Girard', '', "ministère de l'Intérieur", 'appointment', 'done')]),
    ("Le gouvernement a été remanié. Parmi les changements notables : la nomination de Paul "
     "Girard à l'Intérieur, en remplacement de Marc Dufour.",
     [('Paul Girard', '', "ministère de l'Intérieur", 'appointment', 'done'),
      ('Marc Dufour', "ministère de l'Intérieur", '', 'departure', 'done')]),
    # "ma démission" is the speaker's, who is of the gender of "-t-il" / "-t-elle"
    ("Le ministre de l'Agriculture Paul Girard a présenté sa démission au Premier ministre "
     "Marc Dufour. \"Les attaques me conduisent à prendre du recul. Dès lors, j'ai présenté "
     "ma démission au Premier ministre ce matin\", précise-t-il dans un communiqué.",
     [('Paul Girard', "ministère de l'Agriculture", '', 'departure', 'done')]),
    ("La ministre des Sports Julie Roux a été investie tête de liste, avec l'écologiste Paul "
     "Girard en deuxième position. \"Je quitte le gouvernement ce soir\", a-t-elle expliqué.",
     [('Julie Roux', 'gouvernement', '', 'departure', 'done')]),
    ("La ministre des Sports Julie Roux a été investie tête de liste, avec l'écologiste Paul "
     "Girard en deuxième position. \"J'envoie ma démission au Premier ministre\", a-t-elle "
     "expliqué.", [('Julie Roux', 'ministère des Sports', '', 'departure', 'done')]),
    ("Paul Girard dirige Peugeot. Julie Roux dirige Renault depuis 2015. \"Je quitte "
     "Renault\" : la dirigeante a expliqué qu'il était temps.",
     [('Julie Roux', 'Renault', '', 'departure', 'done')]),
    # a name after a verb in a compound tense is its object, not an inverted subject
    ("Le nouveau \"premier flic de France\" est issu de la droite, avait rallié Emmanuel "
     "Macron en 2017 en tant que ministre des Comptes publics.", []),
    ("C'est le poste qu'a quitté Paul Girard en 2017 pour rejoindre Renault.",
     [('Paul Girard', '', 'Renault', 'join', 'done')]),
    # the title in apposition after the words "se séparer" needs ("de son"): its name
    ("Orange s'est séparé de son directeur financier, Paul Girard.",
     [('Paul Girard', 'Orange', '', 'departure', 'done')]),
    ("Renault s'est séparé de son bras droit, Paul Girard.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    # a dismissal's agent after "par" is the organisation left
    ("Le limogeage de Paul Girard par Nissan a surpris.",
     [('Paul Girard', 'Nissan', '', 'departure', 'done')]),
    ("Le licenciement d'Anne Petit par la BBC a choqué.",
     [('Anne Petit', 'BBC', '', 'departure', 'done')]),
    # the participle opening the sentence says what was done to the subject after it
    ("Créée en 2010 par Paul Girard, la société Criteo est cotée au Nasdaq.",
     [('Paul Girard', '', 'Criteo', 'founding', 'done')]),
    ("Cofondée par Anne Petit et Paul Girard, la start-up Doctolib a levé 50 millions "
     "d'euros.", [('Anne Petit', '', 'Doctolib', 'founding', 'done'),
                  ('Paul Girard', '', 'Doctolib', 'founding', 'done')]),
    ("Créée par Paul Girard, la filiale de Renault a été vendue.", []),
    # the staff of a member of the government: that member's ministry, and a name after
    # the minister's title is the minister's
    ("Paul Girard a été nommé mercredi directeur de cabinet du ministre de l'Intérieur.",
     [('Paul Girard', '', "ministère de l'Intérieur", 'appointment', 'done')]),
    ("Paul Girard a été nommé directeur de cabinet du ministre de l'Intérieur, Gérald "
     "Darmanin.", [('Paul Girard', '', "ministère de l'Intérieur", 'appointment', 'done')]),
    ("Anne Petit devient directrice de cabinet de la ministre de la Culture.",
     [('Anne Petit', '', 'ministère de la Culture', 'appointment', 'done')]),
    # with "se", "engager" and "démettre" are said of the one who moves; a term's end
    # ("jusqu'en 2024") does not part the verb from the words it needs
    ("Marc Dufour s'engage avec le FC Nantes.",
     [('Marc Dufour', '', 'FC Nantes', 'join', 'done')]),
    ("Marc Dufour s'est engagé jusqu'en 2024 avec le FC Nantes.",
     [('Marc Dufour', '', 'FC Nantes', 'join', 'done')]),
    ("Paul Girard se démet de la présidence de Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ('"Ce n\'est pas courant", commente Paul Girard, chercheur de l\'Ifremer, disant son '
     '"respect" pour ces marins qui s\'engagent pour la planète.', []),
    # "tout"/"aucun" before an event noun a verb rules out: its subject's move, denied
    ("Paul Girard a démenti tout départ du PSG.",
     [('Paul Girard', 'PSG', '', 'departure', 'denied')]),
    ("Anne Petit a exclu toute démission du gouvernement.",
     [('Anne Petit', 'gouvernement', '', 'departure', 'denied')]),
    ("Paul Girard a balayé toute idée de départ du PSG.",
     [('Paul Girard', 'PSG', '', 'departure', 'denied')]),
    # the organisation named in the successor's former title is what the successor leaves;
    # a description there ("du groupe") is the one the predecessor leaves
    ("Tony Hall doit être remplacé en septembre par Tim Davie, jusqu'alors responsable "
     "exécutif de BBC Studios.", [('Tim Davie', 'BBC Studios', '', 'appointment', 'planned')]),
    ("McDonald's a limogé son patron. Paul Girard avait été remplacé immédiatement par Anne "
     "Petit, jusque-là numéro 2 du groupe.",
     [('Anne Petit', '', "McDonald's", 'appointment', 'done'),
      ('Paul Girard', "McDonald's", '', 'departure', 'done')]),
    # a name opening a quoted title after a noun is a work's, not the person described
    ("Emmanuel Macron a reçu lundi les patrons de chaînes. Le réalisateur du documentaire "
     "\"Macron, en marche vers l'Élysée\" a été désigné par l'Assemblée nationale pour "
     "prendre la direction de La Chaîne parlementaire.", []),
    # a title in the plural after a participle in the plural is each person's
    ("Anne Petit et Paul Girard ont été nommés vice-présidents de Renault.",
     [('Anne Petit', '', 'Renault', 'appointment', 'done'),
      ('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    ("Anne Petit et Paul Girard ont été nommés ministres.",
     [('Anne Petit', '', 'gouvernement', 'appointment', 'done'),
      ('Paul Girard', '', 'gouvernement', 'appointment', 'done')]),
    # a unit of the staff of a seat of public office is a post, not the office
    ("L'ex-journaliste de TF1 Paul Girard rejoint le service de communication de l'Élysée.",
     [('Paul Girard', 'TF1', 'Élysée', 'join', 'done')]),
    ("Paul Girard rejoint la cellule diplomatique de l'Élysée.",
     [('Paul Girard', '', 'Élysée', 'join', 'done')]),
    ("Paul Girard entre à l'Élysée.", []),
    # "au profit de Y" after a departure: Y takes the post
    ("Anne Petit a été écartée de la direction du Monde au profit de Paul Girard.",
     [('Anne Petit', 'Monde', '', 'departure', 'done'),
      ('Paul Girard', '', 'Monde', 'appointment', 'done')]),
    ("Anne Petit a quitté Renault au profit d'une association.",
     [('Anne Petit', 'Renault', '', 'departure', 'done')]),
    # "la marque" stands for the last company named
    ("Volkswagen fête ses 80 ans. La marque fut créée en 1937 par Ferdinand Porsche.",
     [('Ferdinand Porsche', '', 'Volkswagen', 'founding', 'done')]),
    # a description made another by its adjective ("le journal concurrent") is not the
    # last one named
    ("Marie-Sophie Lacarrau, qui présente depuis 2016 le 13H de France 2, prendra les rênes "
     "du journal télévisé concurrent, sur TF1, le 4 janvier.",
     [('Marie-Sophie Lacarrau', 'France 2', 'TF1', 'appointment', 'planned')]),
    # "sa démission" is the subject's, not a name in the subject's apposition
    ("Paul Girard, conseiller d'Anne Petit, a annoncé sa démission de Renault.",
     [('Paul Girard', 'Renault', '', 'departure', 'planned')]),
    # a mayor's deputy leaves the mairie; the name after "la maire de Paris" is the mayor's
    ("Christophe Girard, adjoint à la Culture à la maire de Paris Anne Hidalgo (PS), a "
     "annoncé avoir décidé de remettre sa démission jeudi.",
     [('Christophe Girard', 'mairie de Paris', '', 'departure', 'done')]),
    ("Paul Girard, adjoint au maire de Lyon, a démissionné.",
     [('Paul Girard', 'mairie de Lyon', '', 'departure', 'done')]),
    ("Pierre Aidenbaum n'est plus adjoint à la Seine à la mairie de Paris.",
     [('Pierre Aidenbaum', 'mairie de Paris', '', 'departure', 'done')]),
    # the head of a unit a possessive gives the organisation named before
    ("RMC tourne une page avec l'arrivée d'Apolline de Malherbe aux commandes de sa "
     "matinale.", [('Apolline de Malherbe', '', 'RMC', 'join', 'done')]),
    ("Renault traverse une crise. Paul Girard a été nommé à la tête de sa filiale.",
     [('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    # the announcer is the organisation joined when the sentence names only the one left
    ("Renault a annoncé l'arrivée de Paul Girard, ancien de Peugeot.",
     [('Paul Girard', 'Peugeot', 'Renault', 'join', 'done')]),
    # "en devenir" is said of the organisation named before
    ("Paul Girard rejoint Studiocanal en 2017 avant d'en devenir en 2020 le directeur "
     "général adjoint.", [('Paul Girard', '', 'Studiocanal', 'join', 'done'),
                          ('Paul Girard', '', 'Studiocanal', 'appointment', 'done')]),
    ("Paul Girard est entré chez Renault en 1990 et en est devenu le PDG en 2005.",
     [('Paul Girard', '', 'Renault', 'join', 'done'),
      ('Paul Girard', '', 'Renault', 'appointment', 'done')]),
    # (a review of this stop's rules: sentences each rule must leave alone)
    ("Comme Anne Petit, Paul Girard, ministre de la Culture, a annoncé sa démission du "
     "gouvernement.", [('Paul Girard', 'gouvernement', '', 'departure', 'planned')]),
    ("L'entraîneur Paul Girard refuse toute arrivée de nouveaux joueurs au PSG.", []),
    ("Paul Girard n'exclut aucun départ du PSG cet été.", []),
    ("Anne Petit, PDG de Renault, s'engage à investir dans Peugeot.", []),
    ("Le FC Nantes s'engage avec Paul Girard jusqu'en 2026.",
     [('Paul Girard', '', 'FC Nantes', 'join', 'done')]),
    ("Paul Girard n'est plus directeur de Renault mais conseiller chez Peugeot.",
     [('Paul Girard', 'Renault', 'Peugeot', 'join', 'done')]),
    ("Paul Girard a quitté Renault. Il a été nommé à la tête de sa propre société.",
     [('Paul Girard', 'Renault', '', 'departure', 'done')]),
    ("Après sa victoire avec le PSG, Paul Girard a pris la direction de sa ville natale.", []),
    ("Le Parti socialiste soutient Anne Petit. Paul Girard a été nommé à la direction de sa "
     "campagne.", []),
    ("Paul Girard a rejoint Peugeot après Renault et en est devenu le directeur.",
     [('Paul Girard', '', 'Peugeot', 'appointment', 'done')]),
    ("Paul Girard a écrit un livre sur Renault. Il en est devenu le directeur.", []),
    ("Le député Paul Girard rejoint le bureau de l'Assemblée nationale.", []),
    ("Paul Girard rejoint son bureau à l'Assemblée nationale.", []),
    ("L'exclusion de Paul Girard par l'UEFA pour trois matchs a surpris le PSG.", []),
    ("Le Parisien a annoncé l'arrivée de Paul Girard, ancien du PSG.",
     [('Paul Girard', 'PSG', '', 'join', 'done')]),
    ("Selon un proche « Paul Girard va quitter Renault ».",
     [('Paul Girard', 'Renault', '', 'departure', 'reported')]),
    ("Anne Petit et Paul Girard ont été nommés secrétaires d'État.",
     [('Anne Petit', '', 'gouvernement', 'appointment', 'done'),
      ('Paul Girard', '', 'gouvernement', 'appointment', 'done')]),
    ("Le joueur du PSG Paul Girard s'est démis l'épaule.", []),
    # a time phrase the model runs into an organisation's name is not part of it
    ("Marc Dufour a rejoint le Stade rennais l'été dernier.",
     [('Marc Dufour', '', 'Stade rennais', 'join', 'done')]),
    ("Paul Girard a pris ses fonctions de directeur de l'Agence France-Presse lundi.",
     [('Paul Girard', '', 'Agence France-Presse', 'appointment', 'done')]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_move_rules(nlp, text, expected):
    result = pipeline.extract(text, date="2025-03-12")
    got = sorted((m.person, m.from_org, m.to_org, m.kind, m.status) for m in result.moves)
    assert got == sorted(expected)


RULES = [
    ("Jan Leike a rejoint Anthropic.", "join.verb.rejoindre.active"),
    ("Claire Vasseur a été nommée directrice générale de La Banque Postale.",
     "appointment.verb.nommer.passive"),
    ("Le recrutement de Jan Leike par Anthropic a surpris.", "join.noun.recrutement.nominal"),
    ("Sophie Martin, nouvelle directrice générale de Danone, a présenté ses priorités.",
     "appointment.noun.nouveau.nominal"),
    ("« Je suis ravi de rejoindre @AnthropicAI », a écrit Jan Leike.",
     "join.verb.rejoindre.active.quote"),
    ("Anne Roux succède à Marc Petit à la présidence de la Fnac.",
     "appointment.verb.succéder.active.predecessor"),
]


@pytest.mark.parametrize(("text", "rule"), RULES)
def test_rule_is_named(nlp, text, rule):
    """Every row names the rule that produced it, so a wrong row can be traced."""
    result = pipeline.extract(text, date="2025-03-12")
    assert any(rule in m.rule for m in result.moves), [m.rule for m in result.moves]


def test_evidence_slices_the_text(nlp):
    text = "Le monde bouge.\nMarie Dupont a quitté Renault pour rejoindre Stellantis lundi."
    [move] = pipeline.extract(text, date="2025-03-12").moves
    assert text[move.start_char:move.end_char] == move.sentence
    assert move.date == "2025-03-10" and move.date_text == "lundi"
    assert move.trigger in move.sentence
    assert 0 < move.confidence <= 1


def test_mentions_of_one_move_are_merged(nlp):
    text = ("Marie Dupont a démissionné de Renault. Elle rejoint Stellantis. "
            "Son arrivée chez Stellantis était attendue.")
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org, m.kind) for m in moves] == [
        ("Marie Dupont", "Renault", "Stellantis", "join")]
    assert moves[0].rule.count(";") >= 2


def test_person_resolved_across_sentences(nlp):
    text = "Paul Girard dirigeait la filiale. Il a quitté Renault en janvier."
    [move] = pipeline.extract(text, date="2025-03-12").moves
    assert (move.person, move.from_org, move.date) == ("Paul Girard", "Renault", "2025-01")


def test_unnamed_person_gives_no_move(nlp):
    assert pipeline.extract("Un cadre a quitté Renault.", date="2025-03-12").moves == []


def test_same_org():
    assert same_org("Monde", "Le Monde")
    assert same_org("Disney", "groupe Disney")
    assert not same_org("Renault", "Stellantis")
    assert not same_org("", "Renault")


def test_pronoun_and_description_take_a_person_of_their_gender(nlp):
    text = ("La Française Sylvie Garnier est nommée commissaire européenne. Elle a été "
            "saluée par le président Marc Delorme. La Française de 54 ans avait démissionné "
            "du ministère des Armées en juin 2017.")
    moves = pipeline.extract(text, date="2019-09-10").moves
    assert {(m.person, m.from_org, m.to_org) for m in moves} == {
        ("Sylvie Garnier", "", "Commission européenne"),
        ("Sylvie Garnier", "ministère des Armées", "")}


def test_pronoun_skips_a_person_whose_given_name_has_the_other_gender(nlp):
    text = ("Marie Lenoir dirigeait la filiale depuis 2015. Hier, Paul Girard a salué son "
            "travail. Elle a quitté Renault en janvier.")
    [move] = pipeline.extract(text, date="2025-03-12").moves
    assert (move.person, move.from_org) == ("Marie Lenoir", "Renault")


@pytest.mark.parametrize(("text", "expected"), [
    # a name said once in passing gives way to the person the article is about
    ("Karl Weber est né à Hambourg en 1933. Karl Weber dessine ses premiers modèles à "
     "seize ans. Karl Weber part pour Paris. Il se fait remarquer par le couturier Pierre "
     "Balmain. En 1965, il rejoint la maison italienne Fendi.",
     {("Karl Weber", "", "Fendi")}),
    ("Julie Morel dirige le parquet depuis 2019. Julie Morel est discrète. Julie Morel a "
     "enquêté sur l'histoire d'une inconnue, Claire Dubois, première femme magistrate. "
     "Elle a fondé en 2014 l'association Femmes de justice.",
     {("Julie Morel", "", "Femmes de justice")}),
    # ... and so does the unnamed speaker of a quote
    ("Paul Girard a démissionné de la fédération LR de l'Hérault. Paul Girard reproche au "
     "parti son soutien au maire sortant. Paul Girard s'en est expliqué mardi. Il a "
     "longtemps été proche de Philippe Seguin. « Je précise très clairement que je ne "
     "rejoins pas le Rassemblement national. »",
     {("Paul Girard", "LR de l'Hérault", ""), ("Paul Girard", "", "Rassemblement national")}),
    # not a name opening its sentence (its subject, or a section heading's), nor one
    # named twice, nor in the pronoun's own sentence
    ("Donald Trump a beaucoup limogé. Donald Trump l'a reconnu. Donald Trump s'en moque."
     "\n- Rex Tillerson, secrétaire d'Etat -\nL'ancien PDG d'ExxonMobil a été critiqué. "
     "Il a quitté ExxonMobil en 2016.",
     {("Rex Tillerson", "ExxonMobil", "")}),
    ("Marc Petit a fondé la société. Marc Petit l'a dirigée dix ans. Marc Petit la "
     "quitte. Il a nommé Paul Girard. Paul Girard vient de Renault. Il a rejoint Danone "
     "en 2019.", {("Paul Girard", "", "Danone")}),
    # a subject pronoun is not a name after a preposition and its qualified title
    ("Paul Girard, proche du président américain Donald Trump, est exclu du parti. Il a "
     "rejoint le groupe Libertés et Territoires.",
     {("Paul Girard", "", "Libertés et Territoires")}),
])
def test_a_pronoun_follows_the_article_s_main_person(nlp, text, expected):
    moves = pipeline.extract(text, date="2020-07-10").moves
    assert {(m.person, m.from_org, m.to_org) for m in moves} == expected


_GIRARD = ("Paul Girard a présenté son livre. Paul Girard est en tournée. Paul Girard "
           "répond aux critiques. ")


@pytest.mark.parametrize(("text", "expected"), [
    # a title with its post, never given to that person by name, is the article's main
    # person's ...
    (_GIRARD + "L'ancien secrétaire d'État au Numérique, qui a quitté le gouvernement en "
     "mars, brigue la mairie.", {("Paul Girard", "gouvernement", "")}),
    (_GIRARD + "Le député écologiste a démissionné du groupe LREM mardi.",
     {("Paul Girard", "LREM", "")}),
    # ... not a bare title (a post to be filled), nor anyone's when no one dominates
    (_GIRARD + "L'administrateur sera ensuite désigné par le conseil de l'Unesco.", set()),
    ("Paul Girard a présenté son livre. Marc Petit est en tournée. Paul Girard répond aux "
     "critiques. Le député écologiste a démissionné du groupe LREM mardi.", set()),
])
def test_a_title_of_the_article_s_main_person_is_his(nlp, text, expected):
    moves = pipeline.extract(text, date="2020-07-10").moves
    assert {(m.person, m.from_org, m.to_org) for m in moves} == expected


@pytest.mark.parametrize(("text", "left"), [
    ("Paul Morel, l'actuel directeur des projets « performance » d'Infinity Motor Company "
     "Ltd., succédera à Marc Petit à la tête de Nissan Motorsports le 1er avril.",
     "Nissan Motorsports"),
    ("Marc Petit a été nommé ministre de la Santé, en remplacement de Julie Morel, "
     "nouvelle candidate LREM à la mairie de Paris.", "ministère de la Santé"),
])
def test_the_one_replaced_leaves_the_post_handed_over(nlp, text, left):
    moves = pipeline.extract(text, date="2020-07-10").moves
    assert {m.from_org for m in moves if m.kind == "departure"} == {left}


def test_a_possessive_in_an_opening_clause_is_the_described_subject_s(nlp):
    text = ("Huit mois après avoir présenté sa démission de Renault, l'ex-directeur "
            "financier du groupe, Marc Petit, sort un livre.\n"
            "Le Premier ministre Conte annonce sa démission, qualifie Paul Girard de "
            "traître.")
    moves = pipeline.extract(text, date="2020-07-10").moves
    assert {m.person for m in moves} == {"Marc Petit"}


def test_a_description_is_not_the_person_its_verb_has_as_complement(nlp):
    # the minister presents his resignation to the president: the president is the one
    # named last, yet neither the minister nor the possessor of "son départ"
    text = ("Démission de Marc Girard : suivez sa conférence de presse\n"
            "Le ministre de l'Économie a présenté sa démission au président Paul Roux ce "
            "mardi. Après des mois de spéculations sur son départ du gouvernement, le "
            "ministre de l'Économie a présenté sa démission mardi à Paul Roux, qui l'a "
            "acceptée.")
    moves = pipeline.extract(text, date="2016-08-30").moves
    assert {(m.person, m.from_org) for m in moves} == {("Marc Girard", "gouvernement")}


def test_a_subject_pronoun_goes_on_with_the_described_subject_before_it(nlp):
    # "Il" is the minister the sentence before described (the article's main person), not
    # the president named last, who leaves nothing
    text = ("Démission de Marc Girard : suivez sa conférence de presse\n"
            "Après des mois de spéculations sur son départ du gouvernement, le ministre de "
            "l'Économie a présenté sa démission mardi à Paul Roux, qui l'a acceptée. Il sera "
            "remplacé par Jean Dupont, qui reste ministre des Finances. Marc Girard doit "
            "s'exprimer à 17h45 à Bercy.")
    moves = pipeline.extract(text, date="2016-08-30").moves
    assert {(m.person, m.kind) for m in moves} == {("Marc Girard", "departure"),
                                                   ("Jean Dupont", "appointment")}


@pytest.mark.parametrize(("text", "org", "names"), [
    # names put forward for a post are reported appointments to its organisation: the one
    # the person replaced leaves, the one named after "pour", or the last one given
    ("Le Premier ministre Paul Girard a remis sa démission au président mardi. Pour "
     "remplacer éventuellement Paul Girard, les proches du président citaient ces derniers "
     "jours la ministre des Armées Marie Durand, la présidente de la région Île-de-France, "
     "Claire Petit, ou Jean Roux.", "gouvernement", {"Marie Durand", "Claire Petit", "Jean Roux"}),
    ("Le nom de Jean Roux, patron du groupe LR à l'Assemblée, circule avec insistance pour "
     "la présidence des Républicains, de même que celui de Marc Petit. Celui de Luc Martin "
     "circulait également.", "Républicains", {"Jean Roux", "Marc Petit", "Luc Martin"}),
    ("Marie Durand a démissionné de la présidence de Renault. Plusieurs noms circulent pour "
     "la remplacer. Ceux de Jean Roux et de Luc Martin, selon Paul Girard.", "Renault",
     {"Jean Roux", "Luc Martin"}),
    # a mention of the person with no organisation is no move of theirs already
    ("Marie Durand a démissionné de la présidence de Renault lundi. Qui lui succédera ? Jean "
     "Roux \"coche les cases pour pouvoir être nommé\", a-t-il ajouté. Si la question n'est "
     "pas tranchée, un nom circule : celui de Jean Roux.", "Renault", {"Jean Roux"}),
    ("Marie Durand a démissionné de Renault. Plusieurs noms circulent pour la remplacer, "
     "dont celui de Paul Girard.", "Renault", {"Paul Girard"}),
    ("Marie Durand a démissionné de Renault. Parmi les noms qui circulent, celui de Paul "
     "Girard, directeur financier sous Marc Roux.", "Renault", {"Paul Girard"}),
    # ... not the one the person replaced joins, where the post is not vacant
    ("Paul Girard va rejoindre Safran le mois prochain. Pour remplacer Paul Girard, "
     "plusieurs noms circulent. Celui de Jean Martin revient souvent.", "", set()),
    # ... not a place on an electoral list, a speaker, a public office
    ("Son nom circule pour la tête de liste LR aux élections européennes, alors que "
     "Nicolas Sarkozy plaide pour que Paul Girard conduise la liste.", "", set()),
    ("Marc Roux estime que Paul Girard tient la corde pour la présidence de Renault.",
     "Renault", {"Paul Girard"}),
    ("Le nom de Paul Girard circule avec insistance pour succéder à Emmanuel Macron à "
     "l'Élysée.", "", set()),
])
def test_names_put_forward_for_a_post_are_reported_appointments(nlp, text, org, names):
    moves = pipeline.extract(text, date="2020-07-10").moves
    put = {m.person for m in moves if m.rule == "appointment.candidate"}
    assert put == names
    assert all((m.to_org, m.kind, m.status) == (org, "appointment", "reported")
               for m in moves if m.person in put)


def test_nobody_leaves_in_the_same_year_the_organisation_they_join(nlp):
    text = ("Le Groupe Mutalis a limogé Patrick Delorme. À la tête de l'assureur mutualiste "
            "depuis 2017, M. Delorme paie le rachat du courtier Verhaegen. Sandrine Koenig, "
            "directrice générale déléguée d'Allianz France, remplace Patrick Delorme à la "
            "tête de Mutalis. Elle quittera l'assureur allemand à la fin du mois et prendra "
            "ses fonctions le 1er juillet.")
    moves = pipeline.extract(text, date="2024-06-18").moves
    assert not any(m.person == "Sandrine Koenig" and m.kind == "departure" for m in moves)


def test_the_date_told_with_the_organisation_wins(nlp):
    # a mention without organisation merged first gives way to the one that names it
    text = ("Paul Ravel a lancé cette semaine un site pour recruter ses ministres. Paul "
            "Ravel a été désigné Premier ministre le 2 octobre par le président.")
    [move] = pipeline.extract(text, date="2018-10-10").moves
    assert (move.person, move.to_org, move.date) == ("Paul Ravel", "gouvernement", "2018-10-02")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "a quitté" happened: the day to come is when she "sera entendue", not a plan to leave
    ("Mardi 30 juin, Marie Girard, ancienne ministre de la Santé qui a quitté son poste pour "
     "se porter candidate à la mairie, sera entendue par la commission.", "2020-06-22",
     ("departure", "done", "")),
    # a present told with a year to come is a plan
    ("Paul Girard, qui quitte la présidence de Renault en 2026, a parlé.", "2025-06-22",
     ("departure", "planned", "2026")),
    # a compound past with its own day to come keeps it
    ("Marie Durand a été nommée directrice générale de Renault à compter du 1er juillet "
     "2025.", "2025-06-15", ("appointment", "planned", "2025-07-01")),
])
def test_a_date_to_come_beside_a_compound_past_is_another_verb_s(nlp, text, published,
                                                                  expected):
    [move] = pipeline.extract(text, date=published).moves
    assert (move.kind, move.status, move.date) == expected


def test_dated_past_event_is_not_merged_with_an_undated_current_one(nlp):
    text = ("Paul Girard est nommé directeur de Renault. Il avait quitté Safran en "
            "mars 2015.")
    moves = pipeline.extract(text, date="2019-09-10").moves
    assert {(m.from_org, m.to_org) for m in moves} == {("", "Renault"), ("Safran", "")}


def test_an_organisation_is_founded_once_whatever_the_dates(nlp):
    # dated far from the article and undated, yet one founding; a name ending in one
    # capital keeps no full stop ("a créé SpaceX.")
    text = ("Elon Musk a fondé SpaceX en 2002. La société lance des fusées. "
            "Il ne connaissait rien aux fusées quand il a créé SpaceX.")
    [move] = pipeline.extract(text, date="2020-05-30").moves
    assert (move.person, move.to_org, move.kind, move.date) == (
        "Elon Musk", "SpaceX", "founding", "2002")


def test_one_word_heading_is_not_a_person(nlp):
    from spacy.tokens import Span

    from pipeline.moves import DocView

    doc = nlp("Les marchés reculent.- Brésil: démission du ministre. Au Brésil, Paul Girard "
              "a démissionné. Girard part.")
    words = [t.text for t in doc]
    heading, place = words.index("Brésil"), words.index("Brésil", words.index("Brésil") + 1)
    girard = words.index("Paul")
    doc.ents = [Span(doc, heading, heading + 1, "PER"), Span(doc, place, place + 1, "LOC"),
                Span(doc, girard, girard + 2, "PER"), Span(doc, len(words) - 3,
                                                          len(words) - 2, "PER")]
    view = DocView(doc)
    assert not view.plausible_person("Brésil")  # a heading, and a place elsewhere
    assert view.plausible_person("Paul Girard")
    assert view.plausible_person("Girard")  # opens a sentence, but named in full before


def test_a_succession_taken_is_not_the_taker_s_own(nlp):
    # "sa succession" taken by the subject of the verb is someone else's, even when the
    # subject is the article's main person
    text = ("Marie Roux, la nouvelle présidente de Renault\nPaul Girard a démissionné de "
            "Renault jeudi. C'est donc Marie Roux, porte-parole du groupe, qui prend sa "
            "succession.")
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert {(m.person, m.kind) for m in moves} == {
        ("Marie Roux", "appointment"), ("Paul Girard", "departure")}


def test_merge_keeps_conflicting_events_apart(nlp):
    text = "Carlos Ghosn a rejoint Nissan en 1999. Carlos Ghosn a quitté Nissan en 2018."
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert {(m.from_org, m.to_org) for m in moves} == {("", "Nissan"), ("Nissan", "")}
    assert merge([]) == []


AFFILIATIONS = [
    ("Renault et son PDG Luca de Meo ont présenté le plan stratégique.",
     [("Luca de Meo", "Renault", "PDG", "current")]),
    ("Emmanuel Macron et son conseiller Julien Rolland sont arrivés à Lyon.", []),
    ("Patrick Pouyanné, directeur général de TotalEnergies, a déclaré que les prix "
     "baisseraient.", [("Patrick Pouyanné", "TotalEnergies", "directeur général", "current")]),
    ("L'ancien ministre Alain Cardon a critiqué la réforme.",
     [("Alain Cardon", "gouvernement", "ministre", "former")]),
    ("Le PDG de Renault, Luca de Meo, a présenté ses résultats.",
     [("Luca de Meo", "Renault", "PDG", "current")]),
    ("Vincent Morel, ancien directeur des achats de Renault, a témoigné.",
     [("Vincent Morel", "Renault", "directeur des achats", "former")]),
    ("Francis Gaunand, dirigeant de Publihebdo, estime que la presse locale résiste.",
     [("Francis Gaunand", "Publihebdo", "dirigeant", "current")]),
    # the link is part of a move: it goes to moves.csv, not affiliations.csv
    ("Jan Leike, jusqu'alors co-responsable de l'équipe chez OpenAI, a rejoint Anthropic.", []),
    # a title given by a copula: current or former by the verb's tense
    ("Hélène Marchal est directrice de Thales depuis 2019.",
     [("Hélène Marchal", "Thales", "directrice", "current")]),
    ("Hélène Marchal est depuis 2019 directrice de Thales.",
     [("Hélène Marchal", "Thales", "directrice", "current")]),
    ("Paul Lenoir, qui était alors le PDG de Renault, n'a pas répondu.",
     [("Paul Lenoir", "Renault", "PDG", "former")]),
    ("Marie Curie a été ministre de la Santé sous deux présidents.",
     [("Marie Curie", "ministère de la Santé", "ministre de la Santé", "former")]),
    ("Jean Dupont est un dirigeant de Renault.",
     [("Jean Dupont", "Renault", "dirigeant", "current")]),
    ("Jacques Durand est un ancien directeur de Renault.",
     [("Jacques Durand", "Renault", "directeur", "former")]),
    ("Paul Lenoir était l'ancien PDG de Renault.", [("Paul Lenoir", "Renault", "PDG", "former")]),
    # not a title held: a relative's, a negation, a description, a move
    ("Luc Perrin est le fils du PDG de Renault.", []),
    ("Luc Perrin n'est pas directeur de Renault.", []),
    ("Gérard Collomb était un ministre à l'écoute.", []),
    ("Si Paul Roche était directeur de Renault, il agirait autrement.", []),
    ("Jacques Durand est responsable de la chute de Renault, selon les syndicats.", []),
]


@pytest.mark.parametrize(("text", "expected"), AFFILIATIONS)
def test_affiliations(nlp, text, expected):
    result = pipeline.extract(text, date="2025-03-12")
    assert [(a.person, a.org, a.role, a.tense) for a in result.affiliations] == expected
    for a in result.affiliations:
        assert text[a.start_char:a.end_char] == a.sentence


@pytest.mark.parametrize(("text", "expected"), [
    # a resignation told without its organisation leaves the post a copula gave
    ("Jean Dupont est directeur de Renault depuis 2010. Il a démissionné lundi.",
     {("Jean Dupont", "Renault", "")}),
    ("Jean Dupont était le directeur de Renault. Il a démissionné lundi.",
     {("Jean Dupont", "Renault", "")}),
    ("Jean Dupont est le fils du directeur de Renault. Il a démissionné lundi.", set()),
    ("Jean Dupont est directeur de Renault. Il a quitté le groupe lundi.",
     {("Jean Dupont", "Renault", "")}),
    # not a resignation from another body, nor a relative's
    ("Jacques Durand est directeur de Renault. Il a démissionné lundi de la présidence du "
     "club de rugby.", set()),
    ("Jacques Durand est directeur de Renault. Sa femme a démissionné lundi.", set()),
])
def test_departure_leaves_a_copular_post(nlp, text, expected):
    moves = pipeline.extract(text, date="2020-08-01").moves
    assert {(m.person, m.from_org, m.to_org) for m in moves} == expected


def test_successor_and_predecessor_keep_their_own_dates(nlp):
    """A date inside a relative clause dates that clause's move, not the successor's."""
    text = ("Paul Simon rejoindra Le Monde en janvier. Il y remplacera Agathe Morin, qui a "
            "rejoint Radio France en octobre.")
    moves = {m.person: m for m in pipeline.extract(text, date="2025-03-12").moves}
    assert (moves["Paul Simon"].to_org, moves["Paul Simon"].date) == ("Le Monde", "2026-01")
    assert (moves["Agathe Morin"].from_org, moves["Agathe Morin"].to_org,
            moves["Agathe Morin"].date) == ("Le Monde", "Radio France", "2024-10")


def test_an_appointment_without_organisation_takes_the_one_the_article_is_about(nlp):
    about = ("Nissan traverse une crise. Les ventes de Nissan reculent et Nissan ferme une "
             "usine. Karim Lebrun a été nommé directeur général mardi.")
    [move] = pipeline.extract(about, date="2025-03-12").moves
    assert (move.person, move.to_org, move.kind) == ("Karim Lebrun", "Nissan", "appointment")
    assert "salient_org" in move.rule
    # two organisations named as often: no guess
    even = ("Nissan et Renault traversent une crise. Nissan et Renault ferment des usines. "
            "Nissan et Renault licencient. Karim Lebrun a été nommé directeur général mardi.")
    assert pipeline.extract(even, date="2025-03-12").moves == []
    # without a post, the guess is not made: "nommer" may only say a name, "rejoindre" a place
    for text in ("Nissan traverse une crise. Les ventes de Nissan reculent et Nissan ferme une "
                 "usine. Au lieu de nommer Karim Lebrun, il cite Marine Le Pen.",
                 "Nissan traverse une crise. Les ventes de Nissan reculent et Nissan ferme une "
                 "usine. Karim Lebrun a traversé la frontière pour rejoindre la France."):
        assert pipeline.extract(text, date="2025-03-12").moves == []


_ABOUT_FRANCE_2 = ("France 2 a dévoilé sa nouvelle grille. Les audiences de France 2 "
                   "progressent, et France 2 investit. ")


@pytest.mark.parametrize(("body", "expected"), [
    ("Vincent Meslet, qui avait succédé à Thierry Thuillier en 2015, a été limogé et "
     "remplacé par Caroline Got.",
     # (taking a post and being dismissed from it are two events)
     {("Thierry Thuillier", "France 2", ""), ("Vincent Meslet", "", "France 2"),
      ("Vincent Meslet", "France 2", ""), ("Caroline Got", "", "France 2")}),
    ("Paul Girard a quitté ses fonctions mardi.", {("Paul Girard", "France 2", "")}),
    ("Le départ de Paul Girard est acté.", {("Paul Girard", "France 2", "")}),
    # those who move with the one named, and those named with them
    ("Paul Girard rejoindra avec Léa Salamé et Marc Dufour la bande de chroniqueurs.",
     {("Paul Girard", "", "France 2"), ("Léa Salamé", "", "France 2"),
      ("Marc Dufour", "", "France 2")}),
    ("Paul Girard et Marc Dufour ont quitté leurs fonctions mardi.",
     {("Paul Girard", "France 2", ""), ("Marc Dufour", "France 2", "")}),
    # a public office, a thing left that is no post, a place joined, a name said, an award
    ("Paul Girard a quitté son poste d'eurodéputé en 2017.", set()),
    ("Paul Girard a préféré quitter son pupitre.", set()),
    ("Paul Girard a traversé la frontière pour rejoindre la France.", set()),
    ("Paul Girard a été transféré mardi dans un centre de soins.", set()),
    ("Paul Girard, qui avait succédé à Marc Dufour en septembre 2015, a été limogé.",
     {("Marc Dufour", "France 2", ""), ("Paul Girard", "", "France 2"),
      ("Paul Girard", "France 2", "")}),
    ("Au lieu de nommer Paul Girard, il cite Marine Le Pen.", set()),
    ("Paul Girard a été promu officier.", set()),
])
def test_a_move_without_organisation_takes_the_one_of_the_headline(nlp, body, expected):
    headlined = "France 2 : la direction change de visage\n" + _ABOUT_FRANCE_2 + body
    moves = pipeline.extract(headlined, date="2025-03-12").moves
    assert {(m.person, m.from_org, m.to_org) for m in moves} == expected
    assert all("headline_org" in m.rule or "salient_org" in m.rule for m in moves)
    # an organisation the body dominates but the headline does not name: no guess
    unheadlined = "La direction change de visage\n" + _ABOUT_FRANCE_2 + body
    assert pipeline.extract(unheadlined, date="2025-03-12").moves == []


def test_a_headline_opened_by_an_organisation_gives_it_to_a_move_without_one(nlp):
    # "Nasa : ..." (the organisation, then a colon): what the article is about, even when
    # the body names other organisations as often
    text = ("Nasa : une femme à la tête des vols habités\n"
            "Le poste était vacant depuis la démission de Paul Girard en mai. "
            "Boeing et SpaceX préparent leurs vols.")
    [move] = pipeline.extract(text, date="2025-03-12").moves
    assert (move.person, move.from_org, move.to_org) == ("Paul Girard", "Nasa", "")
    assert move.rule.endswith("headline_org")
    # an organisation named first in the headline but not before a colon: no guess
    flat = text.replace("Nasa : une femme", "Nasa nomme une femme", 1)
    assert pipeline.extract(flat, date="2025-03-12").moves == []


def test_a_one_word_heading_is_no_one_replaced(nlp):
    """"Climat : le LSCE ... prépare sa succession": "sa" is not the heading's word."""
    text = ("Climat : le LSCE attire une chercheuse et prépare sa succession\n"
            "Le LSCE recrute une modélisatrice. Les équipes du LSCE s'agrandissent et le "
            "LSCE publie beaucoup. Le directeur du LSCE, Hervé Kessler, partira à la "
            "retraite fin août.")
    moves = pipeline.extract(text, date="2025-05-20").moves
    assert [(m.person, m.from_org, m.kind) for m in moves] == [
        ("Hervé Kessler", "LSCE", "departure")]


def test_a_later_move_without_organisation_does_not_date_a_departure(nlp):
    # "Il sera nommé président début octobre" names no organisation: another event than
    # the resignation, whose date it must not lend (it made the resignation planned)
    text = "Paul Ravel a démissionné de Renault. Il sera nommé président début octobre."
    [move] = pipeline.extract(text, date="2025-07-02").moves
    assert (move.from_org, move.kind, move.status, move.date) == ("Renault", "departure",
                                                                  "done", "")


def test_a_resignation_has_no_destination(nlp):
    text = ("Bruno Julliard a démissionné de son poste de premier adjoint à la mairie de "
            "Paris.")
    [move] = pipeline.extract(text, date="2025-03-12").moves
    assert (move.from_org, move.to_org, move.kind) == ("mairie de Paris", "", "departure")


@pytest.mark.parametrize(("text", "role_to"), [
    ("Paul Ravel a été nommé directeur général de Renault.", "directeur général"),
    # a title after "par (le)" is the appointer's, not the post taken
    ("Nommé l'an dernier par le président, Paul Ravel arrive à l'Opéra de Paris.", ""),
    # ... and so is the title of the subject of an active verb of appointing
    ("La présidente a nommé Paul Ravel à la Commission européenne.", ""),
    ("Le patron de Renault, Paul Ravel, a nommé Jean Roux directeur financier.",
     "directeur financier"),
    # the post after the apposition of the one named, not the title it gives
    ("Le conseil de Renault a nommé Jean Dupont, actuel directeur financier de Safran, "
     "directeur général.", "directeur général"),
    ("Le conseil de Renault a nommé Jean Dupont, 52 ans, directeur général.",
     "directeur général"),
    ("Paul Girard nomme Marc Roux, maire d'Antibes, vice-président délégué du Medef.",
     "vice-président délégué"),
    # a founder's title is the post of the founding it tells; a founding verb tells none
    ("Maria Ressa, cofondatrice de Rappler, a été arrêtée.", "cofondatrice"),
    ("Mark Zuckerberg, le dirigeant et fondateur de Facebook, a réagi.", "fondateur"),
    ("Maria Ressa a fondé Rappler en 2012.", ""),
    # what a post is for, after "chargé de"
    ("Amélie de Montchalin a été nommée secrétaire d'État chargée des Affaires européennes.",
     "secrétaire d'État chargée des Affaires européennes"),
    # a second portfolio after "et" is part of the post, not a title cut short
    ("Jean-Yves Le Drian a été nommé ministre de l'Europe et des Affaires étrangères.",
     "ministre de l'Europe et des Affaires étrangères"),
    ("Amélie de Montchalin devient ministre de la Transformation et de la Fonction publiques.",
     "ministre de la Transformation et de la Fonction publiques"),
    ("Paul Girard a été nommé directeur de la communication et des relations publiques de "
     "Renault.", "directeur de la communication"),
    # the organisation joined and a year between the verb and the post do not part them
    ("Marie Dupont est entrée chez Danone en 2017 en tant que directrice des achats.",
     "directrice des achats"),
    ("Marie Dupont a rejoint le groupe Danone, en tant que directrice des achats.",
     "directrice des achats"),
])
def test_role_taken(text, role_to):
    [move] = pipeline.extract(text, date="2025-03-12").moves
    assert move.role_to == role_to


def test_a_title_in_the_plural_is_taken_in_the_singular_by_each():
    moves = pipeline.extract("Anne Petit et Paul Girard ont été nommés directeurs généraux "
                             "délégués de Renault.", date="2025-03-12").moves
    assert sorted((m.person, m.role_to) for m in moves) == [
        ("Anne Petit", "directeur général délégué"), ("Paul Girard", "directeur général délégué")]


def test_a_title_in_the_plural_keeps_its_complement():
    moves = pipeline.extract("Anne Petit et Paul Girard ont été nommés directeurs des "
                             "programmes de TF1.", date="2025-03-12").moves
    assert moves and {m.role_to for m in moves} == {"directeur des programmes"}


def test_adjoint_after_a_noun_is_an_adjective_not_a_title():
    [move] = pipeline.extract("Le procureur adjoint Paul Girard a rejoint Renault.",
                              date="2025-03-12").moves
    assert (move.role_from, move.role_to) == ("", "")


def test_the_end_of_a_contract_does_not_date_the_signature():
    [move] = pipeline.extract("Paul Girard s'est engagé jusqu'au 30 juin 2026 avec le PSG.",
                              date="2025-03-12").moves
    assert (move.status, move.date) == ("done", "")


def test_adjoint_after_a_title_belongs_to_it():
    [move] = pipeline.extract("Paul Girard, délégué général adjoint de Renault, a démissionné.",
                              date="2025-03-12").moves
    assert move.role_from == "délégué général adjoint"


def test_each_named_person_takes_the_title_after_their_name():
    """"a nommé X président et Y directeur général de Z": two appointments at Z, each with
    the title that follows the name (the organisation's title is Y's, not X's)."""
    text = "Le conseil a nommé Paul Girard président et Marc Lefèvre directeur général de Sanofi."
    moves = pipeline.extract(text, date="2025-03-12").moves
    got = sorted((m.person, m.to_org, m.role_to, m.kind) for m in moves)
    assert got == [("Marc Lefèvre", "Sanofi", "directeur général", "appointment"),
                   ("Paul Girard", "Sanofi", "président", "appointment")]


@pytest.mark.parametrize(("text", "role_from"), [
    # the one replaced leaves the post the successor takes ...
    ("Luca de Meo a été nommé directeur général de Renault. Il succède à Thierry Bolloré.",
     "directeur général"),
    # ... not a post at another organisation
    ("Luca de Meo a été nommé directeur général de Renault. Il succède à Thierry Bolloré, "
     "qui a quitté Stellantis.", ""),
])
def test_role_left_by_the_one_replaced(text, role_from):
    moves = {m.person: m for m in pipeline.extract(text, date="2025-03-12").moves}
    assert moves["Thierry Bolloré"].role_from == role_from


@pytest.mark.parametrize(("text", "role_from"), [
    ("Le ministre Paul Girard a présenté sa démission au Premier ministre mardi.", "ministre"),
    ("Paul Girard a présenté sa démission au président de Renault mardi.", ""),
    ("Paul Girard, directeur de l'usine, a présenté mardi sa démission à la directrice "
     "générale de Renault.", "directeur de l'usine"),
])
def test_the_title_of_the_one_a_resignation_goes_to_is_not_the_post_left(text, role_from):
    [move] = pipeline.extract(text, date="2025-03-12").moves
    assert (move.person, move.kind, move.role_from) == ("Paul Girard", "departure", role_from)


@pytest.mark.parametrize(("text", "date"), [
    # an agency dateline gives the day of the dispatch, not the move's
    ("PARIS, 14 mars (AFP) - Paul Martin a quitté Renault.", ""),
    # nor does the day the news came out
    ("Paul Martin a quitté Renault mardi, a-t-on appris jeudi.", "2025-03-11"),
    ("Paul Martin quitte Renault pour Stellantis, a-t-on appris jeudi.", ""),
    # a move told as the news of the day, in the present, happens the day it is published
    ("Paul Martin remplace Sophie Durand à la tête de Renault.", "2025-03-14"),
    ("Paul Martin est nommé directeur général de Renault.", "2025-03-14"),
    ("Paul Martin est le nouveau directeur général de Renault.", "2025-03-14"),
    # not in the story of a career, nor the past, nor with another year
    ("Paul Martin rejoint ensuite Renault.", ""),
    ("Paul Martin a été nommé directeur général de Renault.", ""),
    ("Paul Martin est nommé directeur général de Renault, un poste qu'il occupera jusqu'en "
     "1995.", ""),
    # nor the date of another participle
    ("Paul Martin a rejoint Renault, fondée en 1899.", ""),
    ("Paul Martin, formé en 2015 à Harvard, a quitté Renault.", ""),
    ("Nommé en 2017 à la tête de Renault, Paul Martin a parlé.", "2017"),
    # nor a birth's or a death's date
    ("Né le 12 mai 1945 à Boulogne-Billancourt, Paul Martin avait débuté sa carrière chez "
     "Renault.", ""),
    ("Paul Martin, qui avait rejoint Renault jusqu'à en devenir PDG, est décédé lundi.", ""),
    ("Paul Martin, né en 1950, a rejoint Renault en 1990.", "1990"),
    # a date opening the sentence is its main verb's, whatever comes after the comma; an
    # opening clause's is not
    ("En 2016, Paul Martin a créé le parti Renouveau avec un grand meeting le 12 juillet "
     "2016.", "2016"),
    ("Entré en 1998 au conseil, Paul Martin a rejoint Renault le 12 juillet 2016.",
     "2016-07-12"),
])
def test_date_of_the_move_not_of_the_news(nlp, text, date):
    moves = pipeline.extract(text, date="2025-03-14").moves
    assert moves and all(move.date == date for move in moves)


@pytest.mark.parametrize(("text", "expected"), [
    # a departure told of a title with no name gives its organisation (and post and date)
    # to the document's one named departure without organisation
    ("La directrice de la Fondation Arditi a démissionné samedi. Le maire a annoncé la "
     "démission de Claire Petit.",
     {("Claire Petit", "Fondation Arditi", "directrice", "2025-03-08")}),
    ("Le maire a annoncé la démission de Paul Girard. Il s'agit du deuxième départ en un "
     "mois : le directeur de l'Opéra de Rouen a été limogé en janvier.",
     {("Paul Girard", "Opéra de Rouen", "directeur", "2025-01")}),
    ("Démission de Paul Girard : qui pour le remplacer ? Il faudra remplacer "
     "rapidement le ministre de l'Intérieur.",
     {("Paul Girard", "ministère de l'Intérieur", "ministre de l'Intérieur", "")}),
    # ... not a title of the other gender, nor one whose verb leaves a thing of its own,
    # nor with two named departures without organisation, nor a denial
    ("La directrice de la Fondation Arditi a démissionné samedi. Le maire a annoncé la "
     "démission de Paul Girard mardi.", set()),
    ("Le directeur de la Fondation Arditi a démissionné samedi de la commission des "
     "finances. Le maire a annoncé la démission de Paul Girard mardi.", set()),
    ("Le directeur de la Fondation Arditi a démissionné samedi. Le maire a annoncé les "
     "démissions de Paul Girard et de Marc Dufour mardi.", set()),
    ("Le directeur de la Fondation Arditi a démissionné samedi. Paul Girard a démenti "
     "avoir démissionné.", set()),
    # ... nor a title that arrives, a departure denied, one the person takes, another
    # post, another year, or a departure told as another's as well
    ("La nomination du directeur de la Fnac a été reportée. Paul Girard a démissionné hier.",
     set()),
    ("Le PDG de Renault n'a pas démissionné, contrairement à ce qu'affirmait la rumeur. Marc "
     "Dufour a démissionné hier.", set()),
    ("Le PDG de Renault a démissionné jeudi. Marc Dufour, son chauffeur, a lui aussi "
     "démissionné.", set()),
    ("Le PDG de Renault a démissionné jeudi. L'entraîneur Marc Dufour a démissionné samedi.",
     set()),
    ("Le départ du directeur de la Fnac avait été annoncé en 2015. Marc Dufour a démissionné "
     "hier.", set()),
])
def test_a_departure_of_an_unnamed_title_is_the_named_one_s(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert {(m.person, m.from_org, m.role_from, m.date) for m in moves} == expected
    assert all("departure.described" in m.rule for m in moves)


def test_an_impersonal_il_moves_no_one(nlp):
    # "Il faudra remplacer le directeur": no one in particular takes the post, not the
    # person in focus
    text = ("Paul Girard a quitté Renault. Il faudra remplacer rapidement le directeur de "
            "l'usine de Flins.")
    [move] = pipeline.extract(text, date="2025-03-12").moves
    assert (move.person, move.from_org, move.kind, move.role_to) == (
        "Paul Girard", "Renault", "departure", "")


def test_a_resignation_told_beside_a_local_office_does_not_leave_another_post(nlp):
    # the post the document gives the person is the one left ("departure.post"), unless
    # the sentence speaks of an elected office or a local assembly
    local = ("Le nouveau ministre de l'Intérieur, Paul Girard, quittera la mairie de Tourcoing. "
             "Il leur annoncera sa démission quatre jours avant le prochain conseil municipal.")
    assert not any(m.kind == "departure" and m.from_org == "ministère de l'Intérieur"
                   for m in pipeline.extract(local, date="2020-07-10").moves)
    post = ("Le ministre de l'Intérieur, Paul Girard, est sous pression. Il a présenté sa "
            "démission mardi.")
    [move] = pipeline.extract(post, date="2020-07-10").moves
    assert (move.from_org, move.kind) == ("ministère de l'Intérieur", "departure")


@pytest.mark.parametrize(("text", "date"), [
    # a new holder's title has the date of a verb that tells the move, not of one that
    # tells what the holder said or did
    ("Dimanche, le nouveau ministre de la Santé, Paul Girard, a réagi à la crise.", ""),
    ("Le nouveau PDG de Renault, Paul Girard, a estimé jeudi que la crise était grave.", ""),
    ("Paul Girard deviendra le 1er septembre le nouveau PDG de Renault.", "2025-09-01"),
    ("Les députés ont désigné samedi le dirigeant du parti centriste, Paul Girard, nouveau "
     "Premier ministre.", "2025-03-08"),
])
def test_a_new_holder_s_title_takes_the_date_of_the_move_only(nlp, text, date):
    [move] = [m for m in pipeline.extract(text, date="2025-03-12").moves
              if m.person == "Paul Girard"]
    assert move.date == date


def test_a_name_only_ever_written_after_an_article_is_no_person(nlp):
    # the model may take 'les "Mutuelles de Bretagne"' for a person; a person's name is not
    # written after an article
    doc = nlp("Les \"Mutuelles de Bretagne\" sont visées. Il dirigeait les Mutuelles de "
              "Bretagne. Le ministre Paul Roux a démissionné.")
    firsts = [i for i, t in enumerate(doc) if t.text == "Mutuelles"]
    doc.ents = [e for e in doc.ents if e.label_ == "PER"] + [
        Span(doc, i, i + 3, label="PER", span_id="Mutuelles de Bretagne") for i in firsts]
    view = DocView(doc)
    assert not view.plausible_person("Mutuelles de Bretagne")
    assert view.plausible_person("Paul Roux")


def test_an_institution_the_model_takes_for_a_place_can_be_the_article_s_organisation(nlp):
    # "Théâtre du Châtelet" is tagged as a place; named in the headline and twice more,
    # it is the organisation a succession told without one takes
    text = ("Le Théâtre du Châtelet écarte sa directrice artistique Julie Roux\n"
            "Le Théâtre du Châtelet, une des grandes salles de Paris, a annoncé lundi le départ "
            "de sa directrice artistique Julie Roux, à la suite d'un audit. Julie Roux avait "
            "succédé à Paul Girard en 2017. Sa saison a été retardée par les travaux, puis par "
            "la crise sanitaire au Théâtre du Châtelet.")
    got = {(m.person, m.from_org, m.to_org, m.kind, m.date)
           for m in pipeline.extract(text, date="2020-07-10").moves}
    assert {("Julie Roux", "", "Théâtre du Châtelet", "appointment", "2017"),
            ("Paul Girard", "Théâtre du Châtelet", "", "departure", "2017")} <= got


def test_one_misread_mention_does_not_outweigh_the_given_name(nlp):
    # "au" before "féminin accuse" was read as the article of a title ("au président X")
    doc = nlp("Agnès Roux dirige une agence. La présidente d'Elles au féminin accuse Agnès Roux "
              "de mentir.")
    view = view_of(doc)
    assert {view.gender(e) for e in view.people} == {"Fem"}


def test_a_name_after_a_passive_verb_in_a_compound_tense_is_its_subject(nlp):
    # (a name after an active verb whose object is the organisation is its object:
    # "avait rallié Emmanuel Macron", in CASES)
    moves = pipeline.extract("Marc Dufour quitte Renault. Pour le remplacer a été nommé Paul "
                             "Girard, ancien de Peugeot.", date="2025-03-12").moves
    assert any(m.person == "Paul Girard" and m.kind == "appointment" for m in moves)


def test_a_plural_pronoun_stands_for_the_people_named_before(nlp):
    moves = pipeline.extract("Paul Girard et Marc Dufour dirigent Renault. Selon l'économiste "
                             "Jean Petit, ils auraient quitté Renault.", date="2025-03-12").moves
    assert sorted((m.person, m.from_org, m.kind, m.status) for m in moves) == [
        ("Marc Dufour", "Renault", "departure", "reported"),
        ("Paul Girard", "Renault", "departure", "reported")]


@pytest.mark.parametrize("text", [
    # a plural pronoun with no pair of names opening the sentence before names no one
    "Paul Girard a rencontré Marc Dufour. Selon l'économiste Jean Petit, ils auraient quitté "
    "Renault.",
    "Les salariés de Paul Girard et Marc Dufour sont inquiets. Ils ont quitté Renault.",
])
def test_a_plural_pronoun_without_a_pair_of_subjects_moves_no_one(nlp, text):
    assert pipeline.extract(text, date="2025-03-12").moves == []


@pytest.mark.parametrize("text,expected", [
    # "leur" owns the event of the verb's subject: the members a group subject lists ...
    ("Huit nouveaux ministres font leur entrée au gouvernement, parmi eux Paul Girard et "
     "Anne Petit.", [("Anne Petit", "", "gouvernement"), ("Paul Girard", "", "gouvernement")]),
    # ... or the two names joined by "et" that open the sentence
    ("Le constructeur est en crise. Paul Girard et Marc Dufour ont annoncé leur départ de "
     "Renault.", [("Marc Dufour", "Renault", ""), ("Paul Girard", "Renault", "")]),
    ("Paul Girard et Marc Dufour dirigent la filiale. Selon Le Monde, ils ont présenté leur "
     "démission à Renault.", [("Marc Dufour", "Renault", ""), ("Paul Girard", "Renault", "")]),
    # a group with no one listed is no one in particular
    ("Les deux cadres ont annoncé leur départ de Renault.", []),
])
def test_their_event_is_the_subject_s_each(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.from_org, m.to_org) for m in moves) == expected


@pytest.mark.parametrize("text,expected", [
    # "la fédération", "l'instance" stand for the sports body named before
    ("La Fifa traverse une crise. Le nouveau président de la fédération, Gianni Infantino, "
     "affirme que la crise est terminée.", [("Gianni Infantino", "", "Fifa")]),
    # "la fédération de" a place is a federation of its own
    ("Philippe Dallier a claqué la porte de la fédération de Seine-Saint-Denis.",
     [("Philippe Dallier", "fédération de Seine-Saint-Denis", "")]),
])
def test_a_federation_is_an_organisation(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text", [
    "La CGT traverse une crise. Paul Girard a quitté la fédération héraultaise du Commerce.",
    "La CGT traverse une crise. Paul Girard a quitté la fédération héraultaise des Transports.",
])
def test_a_federation_with_a_complement_is_not_the_union_named_before(nlp, text):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert not any(m.from_org == "CGT" for m in moves)


def test_a_description_with_a_complement_after_its_adjective_is_not_the_last_one_named(nlp):
    # "l'université australienne de Flinders" is not the university named before
    result = pipeline.extract("Paul Girard a rejoint l'université d'Oxford en 2019. \"Le risque "
                              "est réel\", explique Marc Dufour, professeur à l'université "
                              "australienne de Flinders.", date="2025-03-12")
    assert not any(a.person == "Marc Dufour" and "Oxford" in a.org for a in result.affiliations)


@pytest.mark.parametrize("text,expected", [
    # an incidental phrase between the verb and the words it needs
    ("La secrétaire d'État Anne Petit accède quant à elle au poste de ministre déléguée à la "
     "Citoyenneté.", ("Anne Petit", "gouvernement", "ministre déléguée à la Citoyenneté")),
    ("Paul Girard accède pour sa part à la présidence de Renault.",
     ("Paul Girard", "Renault", "")),
])
def test_an_incidental_phrase_does_not_part_a_verb_from_its_post(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.to_org, m.role_to) for m in moves] == [expected]


@pytest.mark.parametrize("text,expected", [
    # the creation of one's own organisation is the possessor's founding ...
    ("Marcel Campion a annoncé lundi la création de son parti, Horizons.",
     [("Marcel Campion", "Horizons")]),
    ("Paul Girard a critiqué Marcel Campion pour la création de son parti, Horizons.",
     [("Marcel Campion", "Horizons")]),
    # ... not that of an organisation of no one's
    ("Marcel Campion a salué la création du parti Horizons.", []),
])
def test_the_creation_of_one_s_own_organisation_is_a_founding(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.to_org) for m in moves if m.kind == "founding"] == expected


@pytest.mark.parametrize("text,expected", [
    # a verb that names its own post: the title before the name is the one held
    ("Le ministre de la Défense Benny Gantz pourrait être nommé à la tête de la SNCF.",
     ("ministère de la Défense", "SNCF", "ministre de la Défense", "")),
    ("Le directeur de Renault Paul Girard a été nommé lundi à la tête de Jaguar Land Rover.",
     ("Renault", "Jaguar Land Rover", "directeur", "")),
    # with no post after the verb, the title is the one taken
    ("Le nouveau ministre de la Défense, Benny Gantz, a été nommé lundi.",
     ("", "ministère de la Défense", "", "ministre de la Défense")),
])
def test_a_title_before_the_name_is_held_when_the_verb_names_the_post(nlp, text, expected):
    [m] = pipeline.extract(text, date="2025-03-12").moves
    assert (m.from_org, m.to_org, m.role_from, m.role_to) == expected


@pytest.mark.parametrize("text,expected", [
    # the person named after a colon that closes an event noun's title
    ("Le remaniement a été marqué par la nomination du plus jeune ministre de l'histoire de la "
     "Ve République : Paul Girard, 29 ans.", ("Paul Girard", "gouvernement", "ministre")),
    ("Renault a annoncé l'arrivée d'une nouvelle directrice financière : Anne Petit.",
     ("Anne Petit", "Renault", "directrice financière")),
])
def test_a_holder_named_after_a_colon(nlp, text, expected):
    [m] = pipeline.extract(text, date="2025-03-12").moves
    assert (m.person, m.to_org, m.role_to) == expected


@pytest.mark.parametrize("text", [
    "Charles de Gaulle a fondé la Ve République en 1958.",
    "Le fondateur de la Ve République, Charles de Gaulle, est mort en 1970.",
])
def test_a_regime_is_no_organisation(nlp, text):
    assert pipeline.extract(text, date="2025-03-12").moves == []


def test_an_adverb_before_a_participle_in_apposition_is_no_noun(nlp):
    # "fraîchement" is tagged as the noun the participle qualifies
    moves = pipeline.extract("Paul Girard, fraîchement nommé à la tête de Renault, a annoncé "
                             "un plan.", date="2025-03-12").moves
    assert [(m.person, m.to_org, m.kind) for m in moves] == [
        ("Paul Girard", "Renault", "appointment")]


@pytest.mark.parametrize("text,expected", [
    # a plural event noun before the list of those it concerns
    ("Parmi les départs de Renault : Paul Girard, Marc Dufour ou encore Anne Petit.",
     [("Anne Petit", "Renault"), ("Marc Dufour", "Renault"), ("Paul Girard", "Renault")]),
    ("Parmi les partants de Renault, on compte Paul Girard, directeur financier, et Anne "
     "Petit, directrice de la communication.", [("Anne Petit", "Renault"),
                                                ("Paul Girard", "Renault")]),
])
def test_a_plural_event_noun_moves_each_name_listed(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.from_org) for m in moves) == expected


@pytest.mark.parametrize("text,expected", [
    # as many coordinated organisations as persons: one each, in order
    ("Paul Girard et Anne Petit rejoignent respectivement Renault et Peugeot.",
     [("Anne Petit", "", "Peugeot"), ("Paul Girard", "", "Renault")]),
    ("Paul Girard, Anne Petit et Marc Dufour ont été nommés respectivement à la tête de "
     "Renault, de Peugeot et de Fiat.", [("Anne Petit", "", "Peugeot"),
                                         ("Marc Dufour", "", "Fiat"),
                                         ("Paul Girard", "", "Renault")]),
    # one person and two organisations: both
    ("Paul Girard a quitté Renault et Peugeot.",
     [("Paul Girard", "Peugeot", ""), ("Paul Girard", "Renault", "")]),
    # without "respectivement", each may have left both
    ("Paul Girard et Anne Petit ont quitté Renault et Peugeot.",
     [("Anne Petit", "Peugeot", ""), ("Anne Petit", "Renault", ""),
      ("Paul Girard", "Peugeot", ""), ("Paul Girard", "Renault", "")]),
])
def test_coordinated_persons_and_organisations_pair_in_order(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.from_org, m.to_org) for m in moves) == expected


@pytest.mark.parametrize("text,expected", [
    # "ne ... plus" before the activity of a post ends it
    ("Paul Girard ne dirige plus Renault depuis lundi.", [("Paul Girard", "Renault")]),
    # in the present tense too, which the model gives no lemma
    ("Paul Girard ne préside plus le Medef.", [("Paul Girard", "Medef")]),
    ("Anne Petit n'anime plus l'émission de France 2.", [("Anne Petit", "France 2")]),
    ("Anne Petit ne présentera plus le JT de TF1 à partir de janvier.", [("Anne Petit", "TF1")]),
    # not what is left of it, nor another use of the verb
    ("Paul Girard ne dirige plus que la filiale de Renault.", []),
    ("Paul Girard ne présente plus sa candidature à Renault.", []),
])
def test_no_longer_doing_a_post_s_work_leaves_it(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org) for m in moves if m.kind == "departure"] == expected


@pytest.mark.parametrize("text,expected", [
    # the organisation of a fronted participial clause is its participle's, even when the
    # model takes the capitalised participle for a name and a later verb is closer
    ("Nommé en 2017 à la tête de Renault, Paul Girard a lancé un plan.",
     [("Paul Girard", "Renault", "appointment")]),
])
def test_a_fronted_participle_keeps_its_organisation(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.to_org, m.kind) for m in moves] == expected


@pytest.mark.parametrize("text,kind,org", [
    # the post taken "après son arrivée" is the one left by the departure told after it
    ("Cinq mois après son arrivée à la tête d'Europe 1, Marc Dufour a été poussé vers la "
     "sortie.", "join", "Europe 1"),
    ("Deux ans après sa nomination à la tête de Renault, Anne Petit a été limogée.",
     "appointment", "Renault"),
])
def test_a_departure_after_one_s_arrival_leaves_the_post_taken(nlp, text, kind, org):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.kind, m.from_org, m.to_org) for m in moves) == sorted([
        (kind, "", org), ("departure", org, "")])


def test_an_agent_named_after_the_noun_of_its_description_is_joined(nlp):
    moves = pipeline.extract("L'ancienne ministre Anne Petit a été recrutée par le cabinet de "
                             "conseil McKinsey.", date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == [("Anne Petit", "", "McKinsey")]


def test_a_reflexive_infinitive_of_purpose_moves_the_same_person(nlp):
    moves = pipeline.extract("Marc Dufour quitte l'AS Monaco pour s'engager avec le FC "
                             "Barcelone.", date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == [
        ("Marc Dufour", "AS Monaco", "FC Barcelone")]


def test_a_post_s_activity_ended_is_named_after_its_verb(nlp):
    [m] = pipeline.extract("Anne Petit ne présentera plus le JT de TF1.", date="2025-03-12").moves
    assert m.rule.startswith("departure.verb.présenter.")


@pytest.mark.parametrize("text,org", [
    # a ministry named by one of its portfolios only
    ("Le ministère de la Santé change de tête. Paul Girard a été nommé ministre des "
     "Solidarités et de la Santé. Il entre au gouvernement.", "ministère de la Santé"),
    ("Le ministère du Travail change de tête. Anne Petit a été nommée ministre du Travail et "
     "de l'Emploi. Elle entre au gouvernement.", "ministère du Travail"),
])
def test_a_ministry_named_by_one_of_its_portfolios_is_joined(nlp, text, org):
    [m] = pipeline.extract(text, date="2025-03-12").moves
    assert m.to_org == org


@pytest.mark.parametrize("text,expected", [
    # "ex-" reaches the first title only when a second title with its own complement is
    # coordinated to it: the party of the second is held, not left
    ("L'ex-chef d'état-major et ténor du parti Likoud, Paul Girard, a été nommé président "
     "d'Airbus.", ("", "Airbus")),
    ("L'ancienne directrice de Renault et présidente du conseil de surveillance de Valeo, "
     "Anne Petit, a été nommée présidente de Safran.", ("Renault", "Safran")),
    ("L'ex-patron de Renault et de Nissan, Paul Girard, a été nommé président de Safran.",
     ("Renault", "Safran")),
    # a compound title coordinated before its one complement is one former title (review)
    ("L'ancien directeur recherche et développement de Sanofi, Paul Girard, a été nommé "
     "président de Valneva.", ("Sanofi", "Valneva")),
    ("L'ancienne directrice marketing et communication de Danone, Anne Petit, rejoint "
     "L'Oréal.", ("Danone", "L'Oréal")),
    ("L'ex-entraîneur et sélectionneur de l'équipe de Tunisie, Paul Girard, a été nommé à la "
     "tête du Stade rennais.", ("équipe de Tunisie", "Stade rennais")),
])
def test_a_former_title_does_not_reach_a_title_coordinated_after_it(nlp, text, expected):
    [m] = pipeline.extract(text, date="2025-03-12").moves
    assert (m.from_org, m.to_org) == expected


def test_two_records_one_ministry_names_alike_are_one(nlp):
    moves = pipeline.extract(
        "Paul Girard remplace Anne Petit au ministère de la Santé. Paul Girard a été nommé "
        "ministre des Solidarités et de la Santé ce dimanche. Il entre au gouvernement.",
        date="2025-03-12").moves
    assert [(m.person, m.to_org, m.role_to) for m in moves if m.person == "Paul Girard"] == [
        ("Paul Girard", "ministère de la Santé", "ministre des Solidarités et de la Santé")]


def test_a_relative_named_after_a_possessive_is_not_the_subject_pronoun_s(nlp):
    moves = pipeline.extract(
        "En 1950, Anne Petit grandit à Lyon avec son père et sa sœur Claire. Elle est diplômée "
        "en 1972. Elle entre ensuite à la SNCF jusqu'à être nommée directrice de la SNCF en "
        "1990.", date="2025-03-12").moves
    assert moves and {m.person for m in moves} == {"Anne Petit"}


@pytest.mark.parametrize("text,role", [
    ("Anne Petit, qui a quitté son poste de ministre de la Culture fin août, a annoncé sa "
     "candidature.", "ministre de la Culture"),
    ("Paul Girard a été nommé secrétaire d'État aux Sports début juillet.",
     "secrétaire d'État aux Sports"),
])
def test_a_time_phrase_ends_a_title_s_complement(nlp, text, role):
    [m] = pipeline.extract(text, date="2025-03-12").moves
    assert role in (m.role_from, m.role_to) and "août" not in m.from_org + m.to_org


def test_a_relative_subject_of_a_clitic_succession_is_the_successor(nlp):
    moves = pipeline.extract(
        "Anne Petit a quitté la direction de Renault en mars. C'est Paul Girard, jusqu'ici "
        "directeur financier, qui lui succède depuis lundi.", date="2025-03-12").moves
    assert sorted((m.person, m.from_org, m.to_org) for m in moves) == [
        ("Anne Petit", "Renault", ""), ("Paul Girard", "", "Renault")]


def test_an_announcer_past_an_incidental_phrase_is_joined(nlp):
    [m] = pipeline.extract(
        "La radio Europe 1 a officialisé mardi, parmi une série de changements dans sa grille "
        "de rentrée, l'arrivée de la journaliste Anne Petit, récemment licenciée par Le Point.",
        date="2025-03-12").moves
    assert (m.person, m.from_org, m.to_org) == ("Anne Petit", "Le Point", "Europe 1")


@pytest.mark.parametrize("text,org", [
    ("Le maire d'Angers Paul Girard a pris acte. Anne Petit a démissionné lundi de ses "
     "fonctions d'adjointe à la Culture.", "mairie d'Angers"),
    # two mayors named: whose deputy?
    ("Le maire d'Angers et le maire de Nantes ont réagi. Anne Petit a démissionné lundi de "
     "ses fonctions d'adjointe à la Culture.", ""),
    # not a mayor's deputy
    ("Le maire d'Angers a réagi. Anne Petit a démissionné lundi de ses fonctions de "
     "directrice adjointe.", ""),
    # (review)
    ("Le maire de La Rochelle, Paul Girard, a pris acte. Anne Petit a démissionné lundi de "
     "ses fonctions d'adjointe à la Culture.", "mairie de La Rochelle"),
    ("Le maire du Havre a pris acte. Anne Petit a démissionné lundi de ses fonctions "
     "d'adjointe à la Culture.", "mairie du Havre"),
    # a mayor the pattern would miss makes two: whose deputy?
    ("La maire socialiste de Nantes a pris acte. L'ancien maire de Rezé, Jean Dupont, a "
     "réagi. Anne Petit a démissionné lundi de ses fonctions d'adjointe à la Culture.", ""),
    # a deputy of someone else than a mayor
    ("Le maire de Bordeaux a salué son action. Paul Girard a démissionné de ses fonctions "
     "d'adjoint au commissaire.", ""),
])
def test_a_deputy_leaves_the_mairie_of_the_only_mayor_named(nlp, text, org):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [m.from_org for m in moves] == ([org] if org else [])


# A review of this stop's rules (each sentence failed before its mend)
@pytest.mark.parametrize("text,expected", [
    # two posts of one person at different dates stay two records
    ("Anne Petit a été nommée ministre des Sports en 2019. En 2022, elle a été nommée "
     "ministre de la Culture. Elle quitte le gouvernement en 2024.", 2),
    ("Paul Girard a été nommé ministre des Solidarités et de la Santé en 2017. En 2024, il a "
     "été nommé ministre de la Santé et de la Prévention. Le ministère de la Santé a salué son "
     "retour.", 2),
    ("Paul Girard a été nommé ministre des Solidarités et de la Santé en 2017. Il a quitté le "
     "gouvernement en 2020. En 2024, il a de nouveau été nommé au ministère de la Santé.", 2),
])
def test_posts_taken_in_different_years_stay_apart(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert len([m for m in moves if m.kind == "appointment"]) == expected


def test_a_relative_who_is_the_subject_is_not_said_in_passing(nlp):
    moves = pipeline.extract(
        "Jean Dupont a fondé la société Dupont Transports en 1980. Son fils Marc Dupont en a "
        "pris la direction en 2010. Il a été nommé président de la Fédération nationale des "
        "transports routiers en 2015.", date="2025-03-12").moves
    assert {m.person for m in moves if "Fédération" in m.to_org} == {"Marc Dupont"}


def test_a_ministry_left_is_not_the_portfolio_of_the_ministry_joined(nlp):
    [m] = pipeline.extract(
        "Paul Girard, jusqu'ici directeur de cabinet au ministère de la Santé, a été nommé "
        "ministre du Travail et de la Santé.", date="2025-03-12").moves
    assert (m.from_org, m.to_org) == ("ministère de la Santé",
                                      "ministère du Travail et de la Santé")


def test_a_time_word_after_de_is_part_of_the_title(nlp):
    [m] = pipeline.extract("Anne Petit, directrice de la tranche de nuit de RTL, rejoint "
                           "Europe 1.", date="2025-03-12").moves
    assert m.role_from == "directrice de la tranche de nuit"


@pytest.mark.parametrize("apposition", ["ancien bras droit de Carlos Ghosn",
                                        "un proche de Jean Dupont"])
def test_the_subject_of_qui_is_the_name_before_its_apposition(nlp, apposition):
    from pipeline import moves as M
    doc = nlp("Anne Petit a quitté la direction de Renault en mars. C'est Paul Girard, "
              f"{apposition}, qui lui succède depuis lundi.")
    view = M.view_of(doc)
    clitic = next(t for t in doc if t.lower_ == "lui")
    assert M._clitic_predecessor(clitic, view) == "Anne Petit"


@pytest.mark.parametrize("text,expected", [
    # a founder's title beside an orgless resignation: two events, the second from what
    # the title names
    ("Paul Girard, cofondateur de Reddit, a démissionné du conseil d'administration vendredi.",
     [("departure", "Reddit", ""), ("founding", "", "Reddit")]),
    ("Le fondateur de Free, Paul Girard, a démissionné de ses fonctions.",
     [("departure", "Free", ""), ("founding", "", "Free")]),
    # a departure to found: one event
    ("Paul Girard a quitté son poste pour fonder Free.", [("founding", "", "Free")]),
    # a founder's title, dated by its sentence, does not cancel a departure told before
    ("Un dirigeant de Reddit demande à être remplacé\nPaul Girard, cofondateur de Reddit, a "
     "démissionné vendredi de son siège et demandé à être remplacé.",
     [("departure", "Reddit", ""), ("founding", "", "Reddit")]),
    # the post held elsewhere is the one left
    ("Le PDG de Twitter, Paul Girard, cofondateur de Reddit, a démissionné vendredi.",
     [("departure", "Twitter", ""), ("founding", "", "Reddit")]),
    # not another post, body or life the sentence names
    ("Paul Girard, fondateur du Medef, a quitté la vie politique.", [("founding", "", "Medef")]),
    ("Paul Girard, cofondateur de Reddit, a démissionné de la mairie.",
     [("founding", "", "Reddit")]),
    ("Paul Girard, cofondateur de Reddit, a démissionné de son poste de président du club.",
     [("founding", "", "Reddit")]),
])
def test_a_founder_s_title_and_a_resignation_are_two_events(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.kind, m.from_org, m.to_org) for m in moves) == expected


@pytest.mark.parametrize("text,org", [
    # "l'administration" left is the administration, not the ministry of the title
    ("Le ministre de l'Intérieur Paul Girard quittera l'administration à la fin de l'année.",
     "administration"),
    # a qualifier after "d'" is no body of its own
    ("Paul Girard, directeur de Renault, a démissionné du conseil d'administration.", "Renault"),
    # with its adjectives and the complement they govern
    ("Paul Girard a quitté l'administration fiscale pour rejoindre Vinci.",
     "administration fiscale"),
    ("Le ministre Paul Girard a été nommé secrétaire général. Il quitte l'administration "
     "centrale du ministère des Armées.", "administration centrale du ministère des Armées"),
])
def test_the_administration_left_is_designated(nlp, text, org):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [m.from_org for m in moves if m.from_org] == [org]


@pytest.mark.parametrize("text,expected", [
    # "ex-" glued to a name, in a parenthesis or an apposition: the organisation left
    ("Paul Girard (ex-RMC) rejoint RTL.", [("Paul Girard", "RMC", "RTL")]),
    ("Paul Girard, ex-RMC, rejoint RTL.", [("Paul Girard", "RMC", "RTL")]),
    ("RTL a annoncé vendredi l'arrivée de Paul Girard (ex-RMC).", [("Paul Girard", "RMC", "RTL")]),
    # "ex-" that the tokenizer keeps apart
    ("Paul Girard (ex-M6) arrive sur RTL.", [("Paul Girard", "M6", "RTL")]),
    # the former name of an organisation, after an article, is no organisation left
    ("Paul Girard rejoint Orange, l'ex-France Télécom, comme directeur financier.",
     [("Paul Girard", "", "Orange")]),
    ("Paul Girard rejoint le groupe Horizons, l'ex-Agir.", [("Paul Girard", "", "Horizons")]),
    # a party label in parentheses stays a label
    ("Paul Girard (PS) devient président de Bordeaux Métropole.",
     [("Paul Girard", "", "Bordeaux Métropole")]),
])
def test_an_organisation_glued_to_ex_is_left(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # the time spent before a move is where one was, past the noun of a post or on a
    # channel's air
    ("Ce jeu remplace l'émission de Paul Girard, parti sur Europe 1 après neuf ans à "
     "l'antenne de RTL.", [("Paul Girard", "RTL", "")]),
    ("Paul Girard a rejoint Europe 1 après neuf ans à l'antenne de RTL.",
     [("Paul Girard", "RTL", "Europe 1")]),
    ("Paul Girard a rejoint Europe 1 après neuf ans sur RTL.",
     [("Paul Girard", "RTL", "Europe 1")]),
    ("Paul Girard a rejoint Vinci après dix ans à la tête de Renault.",
     [("Paul Girard", "Renault", "Vinci")]),
    # being on the air is no move to the channel
    ("Paul Girard a annoncé son départ sur RTL.", []),
    ("Paul Girard est parti sur RTL pour défendre sa réforme.", []),
    ("Le ministre Paul Girard démissionne sur TF1.", [("Paul Girard", "gouvernement", "")]),
    # the speaker's channel is still a source
    ("Paul Girard a déclaré à l'antenne de RTL qu'il quittait France 2.",
     [("Paul Girard", "France 2", "")]),
])
def test_the_time_spent_before_a_move_is_where_one_was(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # the name completing a noun object is not the one replaced
    ("Ce jeu remplace l'émission de Paul Girard à France 2.", []),
    # but a title or a word for a person before the name is
    ("Anne Petit remplace son coéquipier Paul Girard au PSG.",
     [("Anne Petit", "", "PSG"), ("Paul Girard", "PSG", "")]),
    ("Anne Petit remplace le directeur général Paul Girard à la tête de Renault.",
     [("Anne Petit", "", "Renault"), ("Paul Girard", "Renault", "")]),
    # nor a title's complement before the name
    ("Anne Petit succède au président du Sénat Paul Girard.", [("Paul Girard", "Sénat", "")]),
    ("Anne Petit succède au patron de LVMH Paul Girard.",
     [("Anne Petit", "", "LVMH"), ("Paul Girard", "LVMH", "")]),
])
def test_the_complement_of_a_replaced_thing_is_not_replaced(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.from_org, m.to_org) for m in moves) == expected


def test_the_summer_between_a_verb_and_its_object_is_no_clause(nlp):
    moves = pipeline.extract("Paul Girard a rejoint cet été la chaîne d'info LCI.",
                             date="2025-03-12").moves
    assert [(m.person, m.to_org) for m in moves] == [("Paul Girard", "LCI")]


@pytest.mark.parametrize("text,expected", [
    # a branch named after its parent is another body: the move from one to the other
    # keeps both
    ("Paul Girard, jusqu'alors directeur de BBC Studios, a été nommé directeur général de "
     "la BBC.", [("Paul Girard", "BBC Studios", "BBC")]),
    ("Paul Girard, jusqu'ici ingénieur chez Renault F1, prend la tête de Renault.",
     [("Paul Girard", "Renault F1", "Renault")]),
    # but the parent's own name told twice, with a word for its kind, a legal form or a
    # club's initials, is one body
    ("Paul Girard, jusqu'ici directeur du groupe Renault, prend la tête de Renault.",
     [("Paul Girard", "", "Renault")]),
    ("Paul Girard, jusqu'ici directeur financier de Renault Group, prend la tête de Renault.",
     [("Paul Girard", "", "Renault")]),
    ("Paul Girard, jusqu'ici entraîneur adjoint du Toulouse FC, prend les rênes de Toulouse.",
     [("Paul Girard", "", "Toulouse")]),
])
def test_a_branch_and_its_parent_are_two_bodies(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # the future with the grave accent of the reformed spelling
    ("Paul Girard accèdera à la vice-présidence de Renault.", [("Paul Girard", "Renault")]),
    ("Paul Girard succèdera à Anne Petit à la tête de Renault.",
     [("Anne Petit", ""), ("Paul Girard", "Renault")]),
    ("Paul Girard intègrera Renault en mars.", [("Paul Girard", "Renault")]),
    # a date between the verb and the words it needs
    ("Paul Girard accède en 1998 à la présidence de Renault.", [("Paul Girard", "Renault")]),
    ("Paul Girard prendra le 1er mars la tête de Renault.", [("Paul Girard", "Renault")]),
    # but not another phrase, nor a date before a bare place word, which tells no post
    ("Paul Girard accède en tant que doyen à la présidence de Renault.", []),
    ("Paul Girard est entré en 2022 dans le classement Forbes.", []),
    ("Paul Girard est passé le 5 mars chez Renault pour une réunion avec les syndicats.", []),
])
def test_a_trigger_s_reformed_spelling_and_a_date_before_its_words(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.to_org) for m in moves) == expected


@pytest.mark.parametrize("text,expected", [
    # a quoted name after the noun of its kind may hold a comma before a capitalised word
    ('Paul Girard a lancé son mouvement "Parisiens, Parisiennes".',
     [("Paul Girard", "Parisiens, Parisiennes")]),
    ('Anne Petit a fondé l\'association "Paris, Lyon, Marseille" en 2019.',
     [("Anne Petit", "Paris, Lyon, Marseille")]),
    # but a quotation after the noun is no name
    ('Paul Girard a quitté le parti "Avec regret, mais sans colère", a-t-il dit.', []),
])
def test_a_quoted_name_after_its_kind_may_hold_a_comma(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # the people after "par" closing a founding noun's complement are its founders
    ("La fondation de l'UMP par Paul Girard, Anne Petit et Marc Roux a marqué la droite.",
     [("Anne Petit", "UMP"), ("Marc Roux", "UMP"), ("Paul Girard", "UMP")]),
    ("La création de Mistral AI en 2023 par Anne Petit a surpris.", [("Anne Petit", "Mistral AI")]),
    # the list ends at the name after "et", and before the subject of the next clause
    ("Depuis la création de Mediapart par Anne Petit, Paul Girard a quitté le journal.",
     [("Anne Petit", "Mediapart"), ("Paul Girard", "")]),
    ("La création de Mediapart par Anne Petit et Paul Girard, Marc Roux a rejoint le site.",
     [("Anne Petit", "Mediapart"), ("Paul Girard", "Mediapart")]),
    # not the agent of another verb, nor the creator of a post
    ("La création de Mistral AI a été saluée par Anne Petit.", []),
    ("La création de ce poste par Anne Petit a surpris.", []),
])
def test_the_people_after_par_found_what_a_founding_noun_names(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.to_org) for m in moves) == expected


@pytest.mark.parametrize("text,expected", [
    # the title a relative "qui" stands for is the post its subject leaves
    ("Paul Girard : je suis blanchi\nPaul Girard a réagi. Paul Girard a parlé. L'ancien "
     "ministre de la Transition écologique, qui a démissionné la semaine dernière, estime "
     "que le rapport est juste.",
     [("Paul Girard", "ministère de la Transition écologique",
       "ministre de la Transition écologique")]),
    ("Paul Girard a rejoint Renault en 2019. Le directeur général de Renault, qui a "
     "quitté ses fonctions lundi, sera remplacé.",
     [("Paul Girard", "", ""), ("Paul Girard", "Renault", "directeur général")]),
    # not a title inside the antecedent's complement, nor another noun's complement
    ("Anne Petit a rejoint Renault. Le directeur de cabinet du ministre, qui a démissionné "
     "lundi, sera remplacé.", [("Anne Petit", "", "")]),
    ("Anne Petit, fille de l'ancien ministre de la Culture, qui a démissionné lundi, quitte "
     "la vie politique.", []),
    ("Paul Girard, candidat au poste de président de la Fédération française de football, "
     "qui a quitté Danone, a été élu.", [("Paul Girard", "Danone", "")]),
])
def test_a_relative_subject_leaves_the_title_it_stands_for(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.from_org, m.role_from) for m in moves) == expected


@pytest.mark.parametrize("text,expected", [
    # "se succéder" tells a series of holders, no one's move
    ("Anne Petit anime la matinale de RTL depuis 2008. Elle a donc vu se succéder Paul "
     "Girard, Marc Roux et Luc Martin.", []),
    ("Depuis 2015, trois directeurs se sont succédé à la tête de Renault : Paul Girard, "
     "Anne Petit et Luc Martin.", []),
    # but one holder succeeding another is
    ("Paul Girard succède à Anne Petit à la tête de Renault.",
     [("Anne Petit", "Renault", ""), ("Paul Girard", "", "Renault")]),
])
def test_holders_succeeding_one_another_are_a_series(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.from_org, m.to_org) for m in moves) == expected


@pytest.mark.parametrize("text,expected", [
    # an organisation after a noun of opposition is one the person is against, not in
    ("Le projet est soutenu par l'ancien Premier ministre, Paul Girard, un adversaire du "
     "CPL qui avait démissionné en octobre.", [("Paul Girard", "gouvernement")]),
    ("Paul Girard, un opposant au régime, a quitté le Parti socialiste.",
     [("Paul Girard", "Parti socialiste")]),
    ("Paul Girard, un détracteur de Renault qui avait démissionné de Peugeot, parle.",
     [("Paul Girard", "Peugeot")]),
    # but a rival "au" club competes inside it, unless the word qualifies an organisation
    ("Anne Petit, sa rivale au Medef, a été nommée présidente de Danone.",
     [("Anne Petit", "Medef")]),
    ("Marc Blanc a quitté l'OM pour un club concurrent au PSG.", [("Marc Blanc", "OM")]),
])
def test_an_organisation_one_opposes_is_not_left(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # "il s'est ..." is no "s'il": the move after it is told
    ("Paul Girard est photographe. Il s'est fait connaître en créant la société Forum.",
     [("Paul Girard", "Forum")]),
    # but "s'il" still makes a condition, and a thing founded is no organisation
    ("Paul Girard est ingénieur. S'il rejoint Renault, il gagnera plus.", []),
    ("Paul Girard a lancé un site pour recruter des ingénieurs.", []),
    # a name right after a new holder's title ending with a noun of an organisation's
    # kind holds the title; the noun stands for the organisation named before
    ("Le Parti socialiste a vendu son siège. L'immeuble, choisi par le nouveau patron du "
     "parti Olivier Faure, est à Ivry.", [("Olivier Faure", "Parti socialiste")]),
    ("Le PSG va mal. Le nouvel entraîneur du club Paul Girard a parlé.",
     [("Paul Girard", "PSG")]),
    # but not without a new holder's title, nor after the noun of a company, often named
    # after someone
    ("Le Parti socialiste a vendu son siège. Le siège du parti Olivier Faure est à Ivry.", []),
    ("Le groupe Bouygues va mal. Le patron du groupe Martin Bouygues a parlé.", []),
    ("Sanofi a racheté lundi le groupe Pierre Fabre. Le nouveau directeur du groupe Pierre "
     "Fabre sera Marc Blanc.", []),
])
def test_a_reflexive_after_il_is_no_condition_and_a_new_title_s_holder(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # a description stands for the organisation the article is about again after another
    # one described by the same noun
    ("Danone : Paul Girard nommé directeur financier\nDanone a nommé mardi Paul Girard "
     "directeur financier. Chez Danone, il sera chargé du plan d'économies. Il était "
     "jusqu'ici chez Nestlé. Il avait rejoint le groupe suisse en 2012. Le plan prévoit 2000 "
     "suppressions de postes. Anne Petit, directrice juridique, rejoindra aussi le groupe en "
     "septembre.", ("Anne Petit", "Danone")),
    ("Airbus : nomination\nAirbus a nommé Paul Girard directeur de la stratégie d'Airbus. Il "
     "quitte Safran, qu'il avait rejoint en 2010. Au sein du groupe, il dirigeait la division "
     "moteurs. Son arrivée était attendue depuis des mois. Anne Petit rejoint également le "
     "groupe comme directrice juridique.", ("Anne Petit", "Airbus")),
])
def test_only_a_new_organisation_carries_on_its_description(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert expected in [(m.person, m.to_org) for m in moves]


def test_a_description_stands_for_what_the_same_noun_stood_for_last(nlp):
    # "ce nouveau groupe" is the group just introduced; "du groupe" after it, with no group
    # named in between, is the same one, not the group the article names most
    text = ('Assemblée : des députés LREM quittent le groupe présidentiel\n'
            'Un nouveau groupe parlementaire est né mercredi, baptisé "Libertés et '
            'territoires". Deux élus ont choisi de quitter le groupe LREM. Les radicaux Anne '
            'Petit et Luc Martin ont aussi fait le choix de rejoindre ce nouveau groupe. Jean '
            'Dupont (UDI) et Claire Morel (Parti radical) ont été nommés co-présidents du '
            'groupe. Pourquoi des députés LREM siègent-ils au sein du groupe "Libertés et '
            'territoires" ?')
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.to_org) for m in moves) == [
        ("Anne Petit", "Libertés et territoires"), ("Claire Morel", "Libertés et territoires"),
        ("Jean Dupont", "Libertés et territoires"), ("Luc Martin", "Libertés et territoires")]


@pytest.mark.parametrize("text,expected", [
    # "prendre le relais" with the words of a post after it takes the post; a future the
    # tagger took for a noun is still a future
    ("Après le départ de Paul Girard, Anne Petit prendra le relais à la tête de Renault.",
     [("Anne Petit", "Renault", "planned")]),
    ("Anne Petit prendra le relais de Paul Girard à la tête de Renault.",
     [("Anne Petit", "Renault", "planned"), ("Paul Girard", "", "planned")]),
    # but an organisation taking over from another is no one's move, nor a player's place
    ("Paul Girard a été condamné. Il sera jugé par le Mécanisme pour les tribunaux pénaux "
     "internationaux qui a pris le relais du TPIY en 2017.", []),
    ("Le gardien Paul Girard a pris le relais au poste de gardien titulaire du PSG.", []),
    # and a past simple tagged as a noun or an adjective is no future
    ("Paul Girard intégra Safran comme directeur juridique.", [("Paul Girard", "Safran", "done")]),
    ("Paul Girard entra chez Renault comme directeur des achats.",
     [("Paul Girard", "Renault", "done")]),
])
def test_taking_over_at_the_head_of_an_organisation(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.to_org, m.status) for m in moves) == expected


@pytest.mark.parametrize("text,expected", [
    # "la rédaction en chef de X" is a post at X, not the newsroom the text named last
    ("L'AFP a publié une dépêche sur le journal. Marc Petit a quitté la rédaction en chef "
     "du Monde.", [("Marc Petit", "Monde", "")]),
    # the Premier ministre's body is Matignon when the text names it and never the government
    ("La passation de pouvoirs a eu lieu mardi à Matignon. Anne Petit a été nommée Première "
     "ministre lundi.", [("Anne Petit", "", "Matignon")]),
    ("Anne Petit a été nommée Première ministre lundi. Elle forme son gouvernement à "
     "Matignon.", [("Anne Petit", "", "gouvernement")]),
    # nor another country's Premier ministre
    ("Le Premier ministre québécois Paul Girard a démissionné. Il avait été reçu à Matignon "
     "en 2023.", [("Paul Girard", "gouvernement", "")]),
    # an acronym spelling the one long name of the text is that organisation
    ("Paul Girard a été promu directeur de Renault Design Europe. « Je suis ravi de diriger "
     "RDE », a-t-il dit. Il a été nommé directeur de RDE.",
     [("Paul Girard", "", "Renault Design Europe")]),
])
def test_a_post_s_organisation_as_the_text_names_it(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # a party after an elected office is the person's label: leaving the seat, or going
    # back to the assembly, leaves or joins no party
    ("Paul Girard, député PS, a quitté son siège en 2012.", []),
    ("Le sénateur LR Paul Girard a démissionné de son mandat.", []),
    ("Paul Girard, ex-député PS, a fait son retour à l'Assemblée nationale, cinq ans après "
     "avoir quitté ses bancs.", []),
    # but the party itself, a post in it, or a former club, is left
    ("Paul Girard, député PS, a quitté le parti en 2012.", [("Paul Girard", "PS", "")]),
    ("Le sénateur LR Paul Girard a quitté ses fonctions de délégué national pour rejoindre "
     "Renaissance.", [("Paul Girard", "LR", "Renaissance")]),
    ("Le député RN Paul Girard a quitté son siège au bureau politique pour rejoindre "
     "Reconquête.", [("Paul Girard", "RN", "Reconquête")]),
    ("Paul Girard, ex-joueur du PSG, a fait son retour à l'OM.", [("Paul Girard", "PSG", "OM")]),
])
def test_a_party_labelling_an_elected_office_is_not_the_post_s(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # "ou encore" closes a list of names
    ("Canal+ a annoncé les départs de Paul Girard, Anne Petit ou encore Luc Martin.",
     [("Anne Petit", "Canal+"), ("Luc Martin", "Canal+"), ("Paul Girard", "Canal+")]),
    # not of those who might move, at most one of them
    ("Paul Girard, Anne Petit ou encore Luc Martin sont pressentis pour succéder à Marc "
     "Blanc à la tête de Renault.", [("Marc Blanc", "Renault"), ("Paul Girard", "")]),
    # and a singular title in apposition is the last name's only
    ("Parmi eux, le patron de Tesla Paul Girard, ou encore Luc Martin, le fondateur de "
     "Criteo.", [("Luc Martin", "")]),
    # the successor's description before his name is not the post handed over
    ("Chroniqueur du \"Supplément\", Paul Girard succédera à Luc Martin au \"Petit "
     "Journal\".", [("Luc Martin", "Petit Journal"), ("Paul Girard", "")]),
])
def test_lists_and_the_successor_s_own_description(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.from_org) for m in moves) == expected


@pytest.mark.parametrize("text,expected", [
    # an adjective of leaving after a title in apposition, after the name
    ("Anne Petit, directrice démissionnaire de Renault, a parlé.",
     [("Anne Petit", "Renault", "departure")]),
    ("Anne Petit a rencontré Paul Girard, directeur démissionnaire de Renault.",
     [("Paul Girard", "Renault", "departure")]),
    # a title of several words ("directeur général", "secrétaire générale")
    ("Anne Petit, directrice générale démissionnaire de Renault, a parlé.",
     [("Anne Petit", "Renault", "departure")]),
    ("Paul Girard, le secrétaire général démissionnaire de la CGT, a parlé.",
     [("Paul Girard", "CGT", "departure")]),
    # but not a title someone else holds, nor an organisation that resigns
    ("Anne Petit, amie du directeur général démissionnaire de Renault, a parlé.", []),
    ("Anne Petit, directrice de la filiale démissionnaire de Renault, a parlé.", []),
    # services a title heads, named by their qualifiers or complement
    ("La cheffe des services sanitaires écossais, Anne Petit, a démissionné début avril.",
     [("Anne Petit", "services sanitaires écossais", "departure")]),
    ("Le chef des services de renseignement belges Paul Girard a quitté ses fonctions.",
     [("Paul Girard", "services de renseignement belges", "departure")]),
    # but "services" alone names no body, nor does a title's ("directeur général des
    # services") or a sector's, and a name that closes an opening phrase holds no title
    ("Paul Girard a proposé ses services à la mairie avant de démissionner.", []),
    ("Le directeur général des services de la mairie de Brest, Paul Girard, a été limogé.",
     [("Paul Girard", "mairie de Brest", "departure")]),
    ("Anne Petit a quitté Renault pour les services de conseil de Deloitte.",
     [("Anne Petit", "Renault", "departure")]),
    ("Selon Paul Girard, la directrice démissionnaire de Renault a commis une faute.", []),
    ("Paul Girard, directeur démissionnaire, a rencontré des salariés de Renault.", []),
])
def test_a_resigning_title_and_services_as_an_organisation(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.kind) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # a subject that names no one leaves no move to the name nearest before it
    ("\"Depuis Paul Girard, aucun avocat n'avait été nommé garde des Sceaux\", a noté Anne "
     "Petit.", []),
    ("Depuis Paul Girard, personne n'a été nommé à la tête du ministère de la Justice.", []),
    # but a name before a clause where "personne" is the object is the subject, and
    # "personne" in a clause of its own leaves the next one's subject
    ("Paul Girard, que personne n'attendait, a été nommé à la tête de Renault.",
     [("Paul Girard", "Renault")]),
    ("Personne n'est dupe : Paul Girard rejoint Renault à la fin du mois.",
     [("Paul Girard", "Renault")]),
])
def test_no_one_appointed_is_no_one_s_move(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of placing with an object pronoun and a complement of place puts the object
    # there: not the subject's move
    ("Paul Girard dirige Renault. Il promet de recruter plus de jeunes et de mieux les "
     "intégrer dans l'entreprise.", []),
    # but its subject joins the organisation that is its object
    ("Paul Girard a intégré Renault en 2010.", [("Paul Girard", "Renault")]),
])
def test_a_placed_object_is_not_the_subject_s_move(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # a quotation opening after a verb of calling on someone keeps the move the object's
    ("Anne Petit a appelé \"Renault et les autres à rejoindre Safran pour avancer\".", []),
    ("Anne Petit a appelé « ses collègues à quitter le parti ».", []),
    # but a quotation of one's own move is the speaker's, and a closed quotation or one in
    # the first person stops the reading back to the verb of calling
    ("« Je vais quitter Renault », a dit Paul Girard.", [("Paul Girard", "Renault")]),
    ("Paul Girard a appelé ses proches pour leur dire « je vais quitter Renault ».",
     [("Paul Girard", "Renault")]),
    ("Paul Girard a appelé ses salariés « à la responsabilité » et a annoncé son intention de "
     "quitter Renault.", [("Paul Girard", "Renault")]),
    ("Paul Girard a aidé « Renault » à redresser ses comptes avant d'accepter de rejoindre "
     "Safran.", [("Paul Girard", "Safran")]),
])
def test_a_call_on_others_in_quotes_is_not_the_caller_s_move(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org or m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # an elected assembly the model cut short is still the elected office, no move
    ("Anne Petit a démissionné du Conseil municipal il y a une semaine.", []),
    # but a body whose name goes on is left
    ("Anne Petit a quitté le Conseil d'État.", [("Anne Petit", "Conseil d'État")]),
])
def test_an_elected_assembly_cut_short_is_still_an_office(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # a name inside a relative clause that describes the subject is that clause's object,
    # not the one who moves: the person in focus is
    ("Jean Morel est un fidèle. Celui qui avait soutenu Paul Girard pendant la campagne a "
     "été nommé ministre de la Culture.", [("Jean Morel", "", "ministère de la Culture")]),
    ("Jean Morel est un fidèle. Celui qui avait rejoint Paul Girard dès 2016 a été nommé "
     "ministre de l'Intérieur.", [("Jean Morel", "", "ministère de l'Intérieur")]),
    # but a name apposed after the relative clause has closed is the subject's
    ("Le policier qui a tiré, identifié comme Paul Girard, a été renvoyé de la police de Lyon.",
     [("Paul Girard", "police de Lyon", "")]),
    # the one replaced, described before the comma that names him
    ("Anne Petit a été élue présidente du Parlement européen. Elle succède à un autre Italien, "
     "Paul Girard, un proche du président.",
     [("Anne Petit", "", "Parlement européen"), ("Paul Girard", "Parlement européen", "")]),
    ("Anne Petit prend la tête de Renault. Elle succède à son ancien patron, Paul Girard.",
     [("Anne Petit", "", "Renault"), ("Paul Girard", "Renault", "")]),
    # but not a place before the comma
    ("Anne Petit prend la tête de Renault. Elle succède à Rome, Paul Girard a dit.",
     [("Anne Petit", "", "Renault")]),
    # the army, named by its noun and qualifiers, is an organisation
    ("En 2004, Paul Girard est nommé procureur général de l'armée.",
     [("Paul Girard", "", "armée")]),
    ("Paul Girard quitte la direction de l'armée israélienne en 2011.",
     [("Paul Girard", "armée israélienne", "")]),
])
def test_relative_clauses_described_predecessors_and_the_army(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # a portfolio written alone after "à la", "à l'", "au", "aux" is the ministry, whether
    # or not the model tags it
    ("Parmi les changements notables : la nomination de Paul Girard à l'Intérieur.",
     [("Paul Girard", "", "ministère de l'Intérieur")]),
    ("La nomination d'Anne Petit à la Transition écologique est un choix qui interpelle.",
     [("Anne Petit", "", "ministère de la Transition écologique")]),
    ("Paul Girard a été nommé aux Armées mardi.", [("Paul Girard", "", "ministère des Armées")]),
    # but not a city's portfolio after a title
    ("Paul Girard a démissionné le 23 juillet de ses fonctions d'adjoint à la Culture.", []),
    # nor a word in lower case, nor a place ("la Défense", "la Santé") after a word that
    # gives no post
    ("Paul Girard a été nommé à la culture des vignes.", []),
    ("Anne Petit a rejoint une start-up installée à la Défense.", []),
    ("Le détenu Paul Girard a été transféré à la Santé.", []),
])
def test_portfolios_written_alone(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # a relative coordinated with another ("X, qui ... et qui quitte") stands for the same
    # person as the first
    ("Anne Petit quitte le ministère du Travail pour prendre la tête du ministère de "
     "l'Économie. Elle succède à Bercy à Paul Girard, qui n'était plus en odeur de sainteté à "
     "l'Élysée depuis l'échec de la réforme et qui quitte le gouvernement.",
     [("Anne Petit", "ministère du Travail", "ministère de l'Économie"),
      ("Paul Girard", "ministère de l'Économie", "")]),
    ("Anne Petit prend la tête de Renault. Elle succède à Paul Girard, qui était contesté "
     "depuis l'échec de la réforme et qui rejoint Safran.",
     [("Anne Petit", "", "Renault"), ("Paul Girard", "Renault", "Safran")]),
    # but not a relative far before, that is not set off by a comma
    ("Le ministre qui a démissionné hier est remplacé par Anne Petit, une proche du président "
     "et qui quitte la direction de Danone.", [("Anne Petit", "Danone", "")]),
    # leaving the government and moving to one of its ministries are two events
    ("Paul Girard a démissionné dimanche du gouvernement. M. Girard, qui était ministre de la "
     "Santé avant d'être muté au Logement, a accusé le gouvernement.",
     [("Paul Girard", "gouvernement", ""), ("Paul Girard", "", "gouvernement")]),
    # two ministries one new member of a government is said to join are one post
    ("La nomination d'Anne Petit à la Transition écologique a surpris. La nouvelle secrétaire "
     "d'État à l'Écologie Anne Petit défendait récemment l'huile de palme.",
     [("Anne Petit", "", "ministère de la Transition écologique")]),
    # the one replaced leaves what the successor joins in the same sentence or first, not
    # where the successor was recruited years before
    ("Paul Girard rejoint Safran en mars. Paul Girard, 45 ans, remplace Jean Morel, parti en "
     "janvier. En 2010, Paul Girard avait été recruté par Renault.",
     [("Paul Girard", "", "Safran"), ("Jean Morel", "Safran", ""), ("Paul Girard", "", "Renault")]),
])
def test_coordinated_relatives_and_what_a_merge_keeps_apart(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


def test_the_one_replaced_leaves_the_post_taken_not_a_join_recalled(nlp):
    # in the successor's sentence, the post taken rather than a join recalled in a relative
    moves = pipeline.extract("Paul Girard, qui avait rejoint le PS en 2010, a été nommé "
                             "directeur de Renault, où il succède à Anne Petit.",
                             date="2025-03-12").moves
    assert [(m.from_org, m.to_org) for m in moves if m.person == "Anne Petit"] == \
        [("Renault", "")]


def test_a_relative_clause_of_the_trigger_keeps_its_own_subject(nlp):
    # the name the parse made the subject is the relative clause's, and the trigger is the
    # main verb: the one the clause describes moves; but a trigger inside the clause keeps
    # the clause's subject
    moves = pipeline.extract("Jean Morel est un fidèle. Celui qui avait rejoint Emmanuel "
                             "Macron dès 2016 a été nommé ministre de l'Intérieur.",
                             date="2025-03-12").moves
    assert [(m.person, m.to_org) for m in moves] == [("Jean Morel", "ministère de l'Intérieur")]
    moves = pipeline.extract("C'est le poste qu'a quitté Paul Girard en 2017 pour rejoindre "
                             "Renault.", date="2025-03-12").moves
    assert [(m.person, m.to_org) for m in moves] == [("Paul Girard", "Renault")]


@pytest.mark.parametrize("text,expected", [
    # an organisation the parse hangs on the first of two coordinated verbs belongs to
    # the second, its own verb, when "et" stands between them
    ("Paul Girard jette l'éponge et quitte Renault.", [("Paul Girard", "Renault", "")]),
    # even when the parse reads the name and the organisation as coordinated ("quitte"
    # taken for a conjunction): the trigger stands between them
    ("Paul Girard démissionne et quitte Renault.", [("Paul Girard", "Renault", "")]),
    ("Paul Girard démissionne puis quitte Renault.", [("Paul Girard", "Renault", "")]),
    ("Paul Girard a démissionné de Safran et rejoint Renault.",
     [("Paul Girard", "Safran", "Renault")]),
])
def test_an_organisation_after_coordinated_verbs_is_the_second_one_s(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,expected", [
    # a date inside a relative clause closed before the trigger is the clause's verb's
    ("Paul Girard, qui avait rejoint le PS en 2010, a été nommé directeur de Renault, où il "
     "succède à Anne Petit.",
     [("Paul Girard", "", "PS", "2010"), ("Paul Girard", "", "Renault", ""),
      ("Anne Petit", "Renault", "", "")]),
    ("Récemment, Paul Girard, qui avait succédé à Jean Morel en septembre 2015, a été limogé "
     "par France 2.", [("Paul Girard", "France 2", "", "")]),
    # but a date in the trigger's own clause stays its own
    ("Paul Girard, qui avait rejoint le PS en 2010, a été nommé directeur de Renault en mars "
     "2024.", [("Paul Girard", "", "PS", "2010"), ("Paul Girard", "", "Renault", "2024-03")]),
])
def test_a_date_in_a_relative_clause_is_not_the_main_verb_s(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org, m.date) for m in moves] == expected


# Descriptions by trade ("le chanteur", "l'actrice", "la réalisatrice") stand for the
# person in focus; like a pronoun, a description gives way to the article's main person
# over a name said once in passing ("son rachat par Vincent Bolloré", "des vers de Cyrano
# de Bergerac": a particle of the name, "de", is not a word the text writes again)
@pytest.mark.parametrize("text,expected", [
    ("Marc Lavoine a fait ses adieux à la scène samedi. Marc Lavoine a remercié son public. "
     "Marc Lavoine a chanté une dernière fois. Après avoir cité quelques vers de Cyrano de "
     "Bergerac, il a quitté la scène. Le chanteur avait rejoint le label Barclay en 1985.",
     ("Marc Lavoine", "", "Barclay")),
    ("Sophie Marceau a annoncé son retour au cinéma. L'actrice a rejoint l'agence Artmedia en "
     "janvier.", ("Sophie Marceau", "", "Artmedia")),
    ("Julie Martin tourne un film à Lyon. La réalisatrice a quitté Gaumont en mars.",
     ("Julie Martin", "Gaumont", "")),
    ("Nicolas Martin a présenté sa dernière émission. Nicolas Martin a remercié ses invités. "
     "Nicolas Martin a quitté le plateau ému. Ce départ s'inscrit dans les bouleversements que "
     "la chaîne connaît depuis son rachat par Vincent Bolloré. Le présentateur a été remercié "
     "par Canal+ en juin.", ("Nicolas Martin", "Canal+", "")),
])
def test_a_description_by_trade_is_the_main_person_not_one_named_in_passing(nlp, text,
                                                                            expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == [expected]


# Trades a story gives other people than the one it is about, or a team or a company,
# stand for no one in focus (a review's sentences)
@pytest.mark.parametrize("text,expected", [
    ("Carlos Ghosn a été arrêté à Tokyo. Carlos Ghosn nie les faits. Carlos Ghosn a fait "
     "appel. Le juge a été nommé à la Cour de cassation.", []),
    ("Patrick Bruel a donné un concert. Patrick Bruel a salué le public. Patrick Bruel est "
     "reparti. L'auteur de la plainte a rejoint l'association Osez le féminisme.", []),
    ("Zinédine Zidane a quitté le Real Madrid. Zinédine Zidane a salué les joueurs. Zinédine "
     "Zidane a souri. Le pilote de l'hélicoptère a rejoint la gendarmerie.",
     ["departure.verb.quitter.active.syntax"]),
    ("Will Still a parlé aux joueurs. Will Still a félicité le club. Will Still était "
     "l'entraîneur de Reims. L'international a rejoint l'Olympique lyonnais en 2024.", []),
])
def test_a_trade_of_someone_else_is_not_the_person_in_focus(nlp, text, expected):
    assert [m.rule for m in pipeline.extract(text, date="2025-03-12").moves] == expected


# "nous" in a quotation that names no organisation is the speaker's company, party or
# team, not the speaker; one that names where "we" go or what "we" leave tells the
# speaker's own move (a review's sentences)
@pytest.mark.parametrize("text,expected", [
    ("« Nous n'avons pas l'intention de partir », a insisté Vanessa Pappas, responsable de "
     "TikTok aux États-Unis.", []),
    ("« Je n'ai pas l'intention de quitter TikTok », a insisté Vanessa Pappas.",
     [("Vanessa Pappas", "TikTok", "denied")]),
    ("« Nous avons décidé de quitter Renault », a annoncé Jean Martin, au nom de sa famille.",
     [("Jean Martin", "Renault", "done")]),
    ("« Nous partons chez Free », a expliqué Anne Roux, qui quitte SFR avec son mari.",
     [("Anne Roux", "SFR", "done")]),
])
def test_a_quoted_we_is_not_the_speaker_s_own_move(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.status) for m in moves] == expected


# "se joindre à X" joins X; "joindre" without "se" is to reach or to add
@pytest.mark.parametrize("text,expected", [
    ("Anne Petit se joint à la liste LREM pour les européennes.", [("Anne Petit", "LREM")]),
    ("Le général Paul Girard s'est joint au parti Likoud en 2019.",
     [("Paul Girard", "Likoud")]),
    ("Paul Girard n'a pu être joint par l'AFP.", []),
    ("Paul Girard a joint sa voix à celle du Medef.", []),
])
def test_se_joindre_is_a_join(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.to_org) for m in moves] == expected


# a founder's own post, in apposition after a comma, names no organisation founded; a
# title coordinated with the founder's does
@pytest.mark.parametrize("text,expected", [
    ("Le site existe depuis 2009. Son fondateur, le journaliste du Monde Paul Girard, a "
     "vendu ses parts.", []),
    ("Le site existe depuis 2009. Son créateur, le journaliste de Libération Paul Girard, "
     "a vendu ses parts.", []),
    ("Paul Girard, fondateur et PDG de Criteo, a vendu ses parts.", [("Paul Girard", "Criteo")]),
    ("Le fondateur de Criteo, le Français Paul Girard, a vendu ses parts.",
     [("Paul Girard", "Criteo")]),
])
def test_a_founder_s_own_post_is_not_what_was_founded(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.to_org) for m in moves] == expected


# the object of a control verb that is no name stands for a person: a description in the
# singular or an object pronoun is the person in focus (never the verb's own subject); a
# verb that only asks gives no move
@pytest.mark.parametrize("text,expected", [
    ("Richard Ferrand préside l'Assemblée. L'affaire l'avait conduit à quitter le "
     "gouvernement en juin 2017.", [("Richard Ferrand", "gouvernement", "")]),
    ("Richard Ferrand préside l'Assemblée. L'affaire avait conduit le ministre à quitter le "
     "gouvernement en juin 2017.", [("Richard Ferrand", "gouvernement", "")]),
    ("Anne Petit dirige Renault. Paul Girard l'a convaincue de rejoindre Google.",
     [("Anne Petit", "", "Google")]),
    ("Richard Ferrand préside l'Assemblée. Emmanuel Macron a demandé au ministre de quitter "
     "le gouvernement.", []),
    ("Marie Lenoir a quitté Renault. Son patron l'a priée de rejoindre Stellantis.",
     [("Marie Lenoir", "Renault", "")]),
])
def test_a_control_verb_s_object_that_is_no_name(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


@pytest.mark.parametrize("text,subject", [
    # the object pronoun is never the control verb's subject, named or a pronoun
    ("Emmanuel Macron a reçu Élisabeth Borne à l'Élysée. Il l'a poussée à quitter Matignon.",
     "Emmanuel Macron"),
    ("Julie Martin a dîné avec Marc Henri. Marc Henri l'a convaincue de rejoindre Orange.",
     "Marc Henri"),
    ("Marie Durand a été reçue par Paul Girard. Il l'a convaincue de rejoindre Renault.",
     "Paul Girard"),
])
def test_an_object_pronoun_is_not_the_subject(nlp, text, subject):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert subject not in [m.person for m in moves]


# a rumour and its denial are one event, denied; a denial of another move is its own
@pytest.mark.parametrize("text,expected", [
    ("Paul Girard prêt à quitter France 2 ? Paul Girard a fermement démenti son départ de "
     "France 2 dimanche.", [("Paul Girard", "France 2", "denied")]),
    ("Paul Girard quitterait France 2 selon Le Parisien. Paul Girard dément avoir quitté TF1.",
     [("Paul Girard", "France 2", "reported"), ("Paul Girard", "TF1", "denied")]),
])
def test_a_rumour_and_its_denial_are_one_move(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.status) for m in moves] == expected


# what a verb of joining takes as its object is what is joined: not an organisation of
# the verb before it, nor one the object is said to be close to
@pytest.mark.parametrize("text,expected", [
    ("Paul Girard a étudié à l'ENA avant de rejoindre l'inspection générale des finances.",
     []),
    ("Paul Girard a rejoint le groupe des Constructifs, proches de la République en marche.",
     []),
    ("Anne Petit a rejoint le parti Agir, proche de la majorité présidentielle.",
     [("Anne Petit", "", "Agir")]),
    # but the trigger's own complement, and an organisation left, stay
    ("Chez Renault depuis 2010, Anne Petit a rejoint l'équipe de direction en 2015.",
     [("Anne Petit", "", "Renault")]),
    ("Anne Petit a travaillé dix ans chez Renault avant de rejoindre Google.",
     [("Anne Petit", "Renault", "Google")]),
    ("Anne Petit, proche de LREM, a rejoint Renault.", [("Anne Petit", "", "Renault")]),
    # (but a body of its own is not a part: "le conseil d'État", "le service de santé des
    # armées")
    ("Paul Girard a étudié à l'ENA avant d'intégrer le conseil d'État.", []),
    ("Paul Girard a été formé à Polytechnique avant d'intégrer le service de santé des "
     "armées.", []),
    # "proche de" an age is no one's associate
    ("Paul Girard a quitté Danone, proche de la soixantaine, pour rejoindre Lactalis.",
     [("Paul Girard", "Danone", "Lactalis")]),
    # a part of an organisation joined is that organisation's
    ("Paul Girard a été formé au PSG avant de rejoindre l'équipe première.",
     [("Paul Girard", "", "PSG")]),
    ("Paul Girard a travaillé chez Total puis a rejoint l'équipe de direction.",
     [("Paul Girard", "", "Total")]),
    # "proche" of time or of the Proche-Orient is no one's associate
    ("Anne Petit rejoindra, dans un avenir proche, le groupe Stellantis.",
     [("Anne Petit", "", "Stellantis")]),
    ("Anne Petit a été nommée déléguée au Proche-Orient de l'Agence française de "
     "développement.", [("Anne Petit", "", "Agence française de développement")]),
])
def test_the_object_of_a_join_is_what_is_joined(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


# "devenir" in the future, which the small model tags as a noun ("deviendra"), is planned;
# the new title it gives is its own, with the organisation ("deviendra le nouveau PDG de
# Y"), and its subject may be a name set off by commas after a description
@pytest.mark.parametrize("text,expected", [
    ("Claude Perrier deviendra le nouveau PDG de Renault.",
     [("Claude Perrier", "", "Renault", "planned")]),
    ("Claude Perrier deviendra le PDG de Renault.",
     [("Claude Perrier", "", "Renault", "planned")]),
    ("L'ancien PDG de La Provence, Claude Perrier, deviendra le 1er septembre prochain le "
     "nouveau PDG de France-Antilles.",
     [("Claude Perrier", "La Provence", "France-Antilles", "planned")]),
    ("Anne Petit reviendrait chez Renault selon Les Échos.",
     [("Anne Petit", "", "Renault", "reported")]),
])
def test_devenir_in_the_future_and_its_new_title(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org, m.status) for m in moves] == expected


# "respectivement" pairs each person with the organisation, and the title before it, in
# the order they are named, also when titles stand between the organisations
@pytest.mark.parametrize("text,expected", [
    ("Anne Petit et Paul Girard ont été nommés respectivement directrice générale de Renault "
     "et président de Nissan.",
     [("Anne Petit", "Renault", "directrice générale"), ("Paul Girard", "Nissan", "président")]),
    ("Anne Petit et Paul Girard deviennent respectivement présidente de Renault et directeur "
     "général de Nissan.",
     [("Anne Petit", "Renault", "présidente"), ("Paul Girard", "Nissan", "directeur général")]),
    ("Anne Petit et Paul Girard rejoignent respectivement Renault et Peugeot.",
     [("Anne Petit", "Renault", ""), ("Paul Girard", "Peugeot", "")]),
])
def test_respectivement_pairs_titles_and_organisations(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert sorted((m.person, m.to_org, m.role_to) for m in moves) == expected


def test_respectivement_titles_paired_apart_from_their_organisations(nlp):
    # "présidente et directeur général de Renault et de Nissan": the titles are paired
    # apart, so the title that ends on "de Renault" is not the first person's (a review's
    # sentence)
    moves = pipeline.extract("Marie Dupont et Jean Martin ont été nommés respectivement "
                             "présidente et directeur général de Renault et de Nissan.",
                             date="2025-03-12").moves
    assert [(m.to_org, m.role_to) for m in moves if m.person == "Marie Dupont"] == [
        ("Renault", "présidente")]


# An infinitive clause set before the sentence ("Après avoir quitté X, ...") is the act of
# the clause's subject, also when that subject is a description of the person in focus
@pytest.mark.parametrize("text,expected", [
    ("Le retour de Vincent Morel à la télévision\nVincent Morel présente un jeu sur C8. "
     "Morel y fait rire les candidats. "
     "Après avoir claqué la porte de TF1 en 2016, l'ancien animateur du Bigdil est toujours "
     "aussi attaché à sa liberté de parole.", [("Vincent Morel", "TF1", "")]),
    ("Claire Vidal revient sur le devant de la scène. Après avoir quitté Danone en 2019, "
     "l'ancienne directrice financière du groupe a créé sa propre société.",
     [("Claire Vidal", "Danone", "")]),
    # a name after the clause stays its subject
    ("Après avoir quitté Renault, Anne Girard a rejoint Stellantis.",
     [("Anne Girard", "Renault", "Stellantis")]),
    # the subject right after the clause, not the subject of an infinitive after its verb
    # (a review's sentences)
    ("Après avoir quitté TF1, l'animatrice Nathalie Bernard a vu son agent Paul Lemoine "
     "rejoindre M6.", [("Nathalie Bernard", "TF1", ""), ("Paul Lemoine", "", "M6")]),
    ("Après avoir rejoint le Modem, son adversaire Jean Lassalle a été battu par Sophie "
     "Lambert.", [("Jean Lassalle", "", "Modem")]),
])
def test_a_fronted_infinitive_is_the_clause_subjects(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


# A past participle in apposition to a noun states a fact, even inside a condition: "Si
# SpaceX, fondée en 2002 par X, réussissait" tells the founding ("Si X quittait Y" does not)
@pytest.mark.parametrize("text,expected", [
    ("Si SpaceX, fondée en 2002 par le milliardaire Elon Musk, réussissait cette mission, "
     "elle entrerait dans l'histoire.", [("Elon Musk", "SpaceX", "founding")]),
    ("Si la société Voltia, créée par Julie Marchand en 2015, venait à être rachetée, les "
     "salariés seraient inquiets.", [("Julie Marchand", "Voltia", "founding")]),
    ("Si Julie Marchand quittait Renault, elle serait remplacée.", []),
    # what is founded is the noun the participle qualifies, not the main clause's subject
    ("Si SpaceX, fondée en 2002 par Elon Musk, réussissait son pari, la Nasa serait "
     "dépendante.", [("Elon Musk", "SpaceX", "founding")]),
    ("SpaceX, fondée en 2002 par Elon Musk, a réussi son pari et la Nasa en dépend.",
     [("Elon Musk", "SpaceX", "founding")]),
    # a move in apposition may be part of the condition (a review's sentence)
    ("Si Thomas Leroy, recruté par Renault, acceptait l'offre, il quitterait Michelin.",
     [("Thomas Leroy", "Michelin", "departure")]),
])
def test_an_apposed_participle_is_no_condition(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.to_org or m.from_org, m.kind) for m in moves] == expected


# Whoever is said to cause a possessed move ("X est derrière son renvoi", "X est à
# l'origine de son limogeage") is not the one who moves
@pytest.mark.parametrize("text,expected", [
    ("L'animateur a été renvoyé de France 2 en 2017. Il estime que Sophie Laurent est "
     "derrière son renvoi de France 2.", []),
    ("Le journaliste estime que Sophie Laurent est pour quelque chose dans son éviction de "
     "France 2.", []),
    ("Selon le syndicat, Sophie Laurent est à l'origine de son limogeage de Renault.", []),
    ("Sophie Laurent a annoncé son départ de Renault.", [("Sophie Laurent", "departure")]),
    # a title, a place, or a move the subject brought on itself (a review's sentences)
    ("Jean Martin, responsable du marketing, annonce sa démission de Renault.",
     [("Jean Martin", "departure")]),
    ("Jean Martin, assis derrière son bureau, annonce sa démission de Renault.",
     [("Jean Martin", "departure")]),
    ("Jean Martin a provoqué son départ de Renault en insultant le conseil d'administration.",
     [("Jean Martin", "departure")]),
    ("Jean Martin est lui-même à l'origine de sa démission de Renault.",
     [("Jean Martin", "departure")]),
])
def test_the_cause_of_a_possessed_move_is_not_its_possessor(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.kind) for m in moves] == expected


# A founder's title leaves nothing that another clause names before the founder ("Les
# salariés de Renault ont rencontré X, fondateur de Y"); the founder's own former post
# before the name still counts ("L'ancien de Google X, fondateur de Y")
@pytest.mark.parametrize("text,expected", [
    ("Les salariés de Renault ont rencontré Paul Martin, fondateur de Voltia.",
     [("Paul Martin", "", "Voltia")]),
    ("Les salariés du groupe Renault ont soutenu l'offre portée par l'imprimeur Durand, "
     "associé à Paul Martin, fondateur du quotidien \"Le Galop\".",
     [("Paul Martin", "", "Le Galop")]),
    ("L'ancien de Google Paul Martin, fondateur de Voltia, a présenté son projet.",
     [("Paul Martin", "Google", "Voltia")]),
    # a participle is no clause of its own (a review's sentence)
    ("L'ex-ingénieur de Google devenu entrepreneur Paul Durand, fondateur de Voltia, lève "
     "20 millions.", [("Paul Durand", "Google", "Voltia")]),
])
def test_a_founder_title_leaves_no_organisation_of_another_clause(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


# An object-control verb the small model reads as an adjective ("l'a contrainte à
# quitter") hands the move to its object, a pronoun for the person in focus
@pytest.mark.parametrize("text,expected", [
    ("Bernadette Morin a été hospitalisée en octobre. Une situation qui l'a contrainte à "
     "quitter son siège au conseil d'administration du groupe LVMH.",
     [("Bernadette Morin", "LVMH")]),
    ("Marc Durand a été contraint de quitter Renault.", [("Marc Durand", "Renault")]),
    ("La maladie a contraint Marc Durand à quitter Renault.", [("Marc Durand", "Renault")]),
])
def test_a_control_verb_read_as_an_adjective(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org) for m in moves] == expected


# "le PAF" (paysage audiovisuel français) is no organisation to join
def test_the_paf_is_no_organisation(nlp):
    moves = pipeline.extract("Mini-séisme dans le PAF : Jean-Pierre Pernaut va quitter le "
                             "journal de 13H de TF1, qu'il présente depuis 1988, pour se "
                             "consacrer à d'autres projets au sein de la chaîne.",
                             date="2020-09-15").moves
    assert [(m.person, m.from_org, m.to_org, m.kind) for m in moves] == [
        ("Jean-Pierre Pernaut", "TF1", "", "departure")]


# What a verb of founding founds is no place: a new name the model tags as one is the
# organisation founded ("a quitté L'Oréal pour fonder Lumen"); joining a place is no move
@pytest.mark.parametrize("text,expected", [
    ("Inès Bouaziz a quitté L'Oréal en 2019 pour fonder Lumen.",
     [("Inès Bouaziz", "L'Oréal", "Lumen", "founding")]),
    ("Inès Bouaziz a créé Lumen en 2019.", [("Inès Bouaziz", "", "Lumen", "founding")]),
    ("Inès Bouaziz a rejoint la France en 2019.", []),
])
def test_a_founded_name_tagged_as_a_place(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org, m.kind) for m in moves] == expected


# "X a débuté chez A avant de rejoindre B": the organisation joined before is the one left
@pytest.mark.parametrize("text,expected", [
    ("Sandrine Mercier a commencé sa carrière à la direction du Trésor avant de rejoindre la "
     "Société Générale en 2011.",
     [("Sandrine Mercier", "", "Trésor"), ("Sandrine Mercier", "Trésor", "Société Générale")]),
    ("Claude Morin a débuté sa carrière comme localier à Ouest-France avant de rejoindre "
     "l'AFP en 1960.",
     [("Claude Morin", "", "Ouest-France"), ("Claude Morin", "Ouest-France", "AFP")]),
    # a founder may stay
    ("Julie Marchand a fondé la société Voltia en 2014 avant de rejoindre la "
     "Cour des comptes.",
     [("Julie Marchand", "", "Voltia"), ("Julie Marchand", "", "Cour des comptes")]),
])
def test_joined_before_avant_de_is_left(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


# A review's sentences: a place used as a place after a verb of founding, a join held
# beside the one before, and a join denied before
@pytest.mark.parametrize("text,expected", [
    ("Le président Jean Dupont a lancé la Chine dans la course aux semi-conducteurs.", []),
    ("Le roi Charles III a fondé le Canada moderne, ironise Justin Trudeau.", []),
    ("Antoine Dupont a lancé Toulouse sur de bons rails face au Racing 92.", []),
    ("Jérôme Blanc a rejoint Airbus avant de rejoindre, en parallèle, le conseil "
     "d'administration de Safran.",
     [("Jérôme Blanc", "", "Airbus"), ("Jérôme Blanc", "", "Safran")]),
    ("Sandrine Leroy n'a pas débuté sa carrière chez Orange avant de rejoindre SFR, "
     "contrairement à ce qui a été écrit.",
     [("Sandrine Leroy", "", "Orange"), ("Sandrine Leroy", "", "SFR")]),
])
def test_founded_places_and_joins_before_a_review_found(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org) for m in moves] == expected


# A date to come told with one move ("qui prendra ses fonctions le 1er mars") dates the
# record it was merged into, not another move of the same person told in the past
def test_a_planned_date_dates_only_its_own_record(nlp):
    moves = pipeline.extract(
        "Radio Océane a confié la direction de ses programmes à Hélène Vasseur, ancienne "
        "responsable des magazines chez Arte, qui prendra ses fonctions le 1er mars. Hélène "
        "Vasseur a animé une chronique sur France Inter avant de prendre la tête des "
        "magazines de la chaîne.", date="2021-01-12").moves
    got = {m.to_org: (m.status, m.date) for m in moves if m.person == "Hélène Vasseur"}
    assert got["Radio Océane"] == ("planned", "2021-03-01")
    assert got["France Inter"] == ("done", "")


# "revenir sur" is to reconsider, but "quitter RTL pour revenir sur Europe 1" is to come back
# to a station
@pytest.mark.parametrize("text,expected", [
    ("L'animatrice Claire Dumas, qui va quitter RTL, va revenir sur la station concurrente "
     "Europe 1 à la rentrée.", [("Claire Dumas", "RTL", "Europe 1", "planned")]),
    # (with no departure told beside it, as likely a guest's appearance on air)
    ("Claire Dumas va revenir sur Europe 1 en septembre.", []),
    ("Claire Dumas est revenue sur les propos qu'elle avait tenus sur Europe 1.", []),
    ("Claire Dumas est revenue sur sa décision de rejoindre la Banque de France.", []),
])
def test_coming_back_on_a_station(nlp, text, expected):
    moves = pipeline.extract(text, date="2021-05-12").moves
    assert [(m.person, m.from_org, m.to_org, m.status) for m in moves] == expected


# "a perdu son poste de chroniqueur sur LCI": a post lost there; "le directeur de la
# rédaction X" is X, no body named after him
@pytest.mark.parametrize("text,expected", [
    ("Le directeur de la rédaction Paul Garnier a perdu son poste de chroniqueur sur LCI.",
     [("Paul Garnier", "LCI", "departure")]),
    ("Paul Garnier a perdu son emploi chez Renault en 2019.",
     [("Paul Garnier", "Renault", "departure")]),
    ("Paul Garnier a perdu sa place de titulaire au Stade rennais.", []),
    # (no organisation left is named: no move)
    ("Le directeur de la rédaction Paul Garnier a quitté ses fonctions.", []),
])
def test_a_post_lost(nlp, text, expected):
    moves = pipeline.extract(text, date="2021-05-12").moves
    assert [(m.person, m.from_org, m.kind) for m in moves] == expected


# A contract signed again ("signe pour trois ans encore") is no move
@pytest.mark.parametrize("text,expected", [
    ("L'animateur Marc Vidal signe pour trois ans encore avec Fun Radio.", []),
    ("L'animateur Marc Vidal signe pour trois ans avec Fun Radio.",
     [("Marc Vidal", "Fun Radio")]),
])
def test_a_contract_renewed_is_no_move(nlp, text, expected):
    moves = pipeline.extract(text, date="2021-05-12").moves
    assert [(m.person, m.to_org) for m in moves] == expected


# A successor's post is the one joined in the year of the succession, not the first one the
# text tells him to join
def test_the_succession_takes_the_join_of_its_year(nlp):
    moves = pipeline.extract(
        "Laurent Caradec quitte la direction des programmes de France Télévisions. Laurent "
        "Caradec avait succédé début 2018 à Jeanne Morel. Il avait rejoint TF1 en 1999, puis "
        "avait pris en 2016 la tête de la fiction chez Banijay, avant de rejoindre France "
        "Télévisions deux ans plus tard.", date="2020-07-01").moves
    left = {m.person: m.from_org for m in moves if m.kind == "departure"}
    assert left["Jeanne Morel"] == "France Télévisions"


# A participle the model tags as a noun still founds, before its agent
@pytest.mark.parametrize("text,expected", [
    ("Mistral AI, une start-up fondée par Arthur Mensch, a levé des fonds.",
     [("Arthur Mensch", "Mistral AI", "founding")]),
    ("La fondation, créée en 1938 par le grand-père de Jean Dupont, a fermé.", []),
])
def test_a_participle_read_as_a_noun_founds(nlp, text, expected):
    moves = pipeline.extract(text, date="2024-05-12").moves
    assert [(m.person, m.to_org, m.kind) for m in moves] == expected


# "l'hebdo", "le mensuel": a paper named before
@pytest.mark.parametrize("text,expected", [
    ("L'hebdo Marianne traverse une crise. Paul Morin a quitté l'hebdo en mars.",
     [("Paul Morin", "Marianne")]),
    ("Le mensuel Capital traverse une crise. Paul Morin a quitté le mensuel en mars.",
     [("Paul Morin", "Capital")]),
])
def test_a_weekly_or_monthly_named_before(nlp, text, expected):
    moves = pipeline.extract(text, date="2021-05-10").moves
    assert [(m.person, m.from_org) for m in moves] == expected


# A review's sentences: a guest on air is no station joined; a post of a team is no post
# lost; a fear is no departure; "signe encore au PSG" is a return; a departure told in a
# relative clause on the organisation joined keeps it
@pytest.mark.parametrize("text,expected", [
    ("Ce matin, Jordan Bardella est revenu sur BFMTV sur les accusations d'emplois fictifs.",
     []),
    ("Emmanuel Macron reviendra sur TF1 dimanche soir pour défendre sa réforme.", []),
    ("Dans un entretien, Léa Salamé revient sur France Inter, où elle a passé dix ans.", []),
    ("Karim Benali a perdu son poste de titulaire au FC Nantes cette saison.", []),
    ("Le sélectionneur Didier Deschamps ne craint pas de perdre son poste à la Fédération "
     "française de football.", []),
    ("Kheira Hamraoui signe encore au PSG, pour son troisième passage au club.",
     [("Kheira Hamraoui", "", "PSG", "join")]),
    ("Thierry Ardisson, qui a perdu son fauteuil sur C8 en 2019, revient à la télévision.",
     [("Thierry Ardisson", "C8", "", "departure")]),
    ("Laurent Ruquier est revenu sur RTL, qu'il avait quittée en 2023, pour animer Les "
     "Grosses Têtes.",
     [("Laurent Ruquier", "", "RTL", "join"), ("Laurent Ruquier", "RTL", "", "departure")]),
    ("Pierre Martin est revenu chez Renault, qu'il avait quitté en 2015.",
     [("Pierre Martin", "", "Renault", "join"), ("Pierre Martin", "Renault", "", "departure")]),
])
def test_stations_posts_and_renewals_a_review_found(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.person, m.from_org, m.to_org, m.kind) for m in moves] == expected


# "Deux ans plus tard, ..." opening a sentence counts from the year of the sentence before
def test_a_later_sentence_counts_from_the_sentence_before(nlp):
    moves = pipeline.extract("En 2016, Marie Dupré rejoint Danone. Deux ans plus tard, elle "
                             "quitte le groupe pour Nestlé.", date="2025-03-12").moves
    assert [(m.from_org, m.to_org, m.date) for m in moves] == [
        ("", "Danone", "2016"), ("Danone", "Nestlé", "2018")]


# "l'arrivée à la direction de X": a post taken, in the organisation the article is
# headlined on when its sentence names none (not "à la présidence", often a country's)
@pytest.mark.parametrize("post,expected", [
    ("la direction", [("Yves Kerlan", "Challenges", "2012")]),
    ("la présidence", []),
])
def test_an_arrival_at_the_head_of_the_headlined_organisation(nlp, post, expected):
    moves = pipeline.extract(
        "Challenges, un magazine en mutation\nChallenges a perdu des lecteurs en 2011. Le "
        f"virage est intervenu en 2012, avec l'arrivée à {post} d'Yves Kerlan, qui a "
        "transformé la ligne éditoriale. Challenges a depuis regagné des lecteurs.",
        date="2020-09-21").moves
    assert [(m.person, m.to_org, m.date) for m in moves] == expected


# A review's texts: the headlined organisation is not the one of a post taken after a
# sentence naming others; a birth year and a sentence of several years date nothing later
@pytest.mark.parametrize("text,expected", [
    ("Challenges, un magazine en mutation\nChallenges a perdu des lecteurs en 2011. Lactalis "
     "a racheté Yoplait en janvier. L'arrivée à la direction d'Yves Kerlan a suivi.", []),
    ("Paul Petit, né en 1970, a rejoint Carrefour. Deux ans plus tard, il quitte Carrefour pour "
     "Auchan.", [("", "Carrefour", ""), ("Carrefour", "Auchan", "")]),
])
def test_headlines_and_later_years_a_review_found(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-03-12").moves
    assert [(m.from_org, m.to_org, m.date if m.date != "2025-03-12" else "") for m in moves] \
        == expected


# A present participle after a comma is said of the main clause's subject ("Elle prendra ses
# fonctions le 1er mars, succédant à X"): X leaves the post she takes, when she takes it
@pytest.mark.parametrize("text,expected", [
    ("Claire Bodin a été nommée présidente de la Cour des comptes. Elle prendra ses "
     "fonctions le 1er mars, succédant à Paul Renaud, qui part à la retraite.",
     [("Claire Bodin", "", "Cour des comptes", "planned", "2025-03-01"),
      ("Paul Renaud", "Cour des comptes", "", "planned", "2025-03-01")]),
    ("Claire Bodin a rejoint Renault en 2019, quittant ainsi Stellantis.",
     [("Claire Bodin", "Stellantis", "Renault", "done", "2019")]),
    # (a review's: the predecessor's own date is his)
    ("Claire Fabre rejoindra La Poste en juin, succédant à Philippe Wahl, décédé en juin "
     "dernier.", [("Claire Fabre", "", "La Poste", "planned", "2025-06"),
                  ("Philippe Wahl", "La Poste", "", "done", "2024-06")]),
])
def test_a_participle_adjunct_is_the_main_subjects(nlp, text, expected):
    moves = pipeline.extract(text, date="2025-02-03").moves
    assert [(m.person, m.from_org, m.to_org, m.status, m.date) for m in moves] == expected
