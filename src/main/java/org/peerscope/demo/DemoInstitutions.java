package org.peerscope.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Invented institutions for the demo catalogue. None of them exists; names are plausible
 * so pages read like real ones.
 */
final class DemoInstitutions {

	private DemoInstitutions() {
	}

	record Institution(String name, String countryCode, String type, String domain) {

		String homepage() {
			return "https://www." + this.domain + "/";
		}

	}

	private static final List<String> PLACE_STARTS = List.of("Ald", "Bren", "Cor", "Dal", "Elm", "Fen", "Gar", "Hal",
			"Ivers", "Kel", "Lor", "Mar", "Nor", "Oak", "Pen", "Quar", "Ros", "Sel", "Tor", "Ul", "Val", "Wes", "Yar",
			"Zen");

	private static final List<String> PLACE_ENDS = List.of("bridge", "ford", "mouth", "field", "haven", "moor", "ton",
			"wick", "dale", "holm", "stead", "by");

	private static final List<String> COUNTRIES = List.of("US", "GB", "DE", "FR", "JP", "CN", "IN", "BR", "CA", "AU",
			"IT", "ES", "NL", "SE", "KR", "ZA", "MX", "CH", "PL", "KE");

	/**
	 * The invented institutions above, then as many more with made-up place names as a
	 * large catalogue needs (every name and domain distinct).
	 */
	static List<Institution> inventAtLeast(int count) {
		List<Institution> institutions = new ArrayList<>(ALL);
		List<String> kinds = List.of("University of %s", "%s Institute of Technology", "%s University",
				"%s Medical Centre", "%s Research Institute", "%s College");
		int places = PLACE_STARTS.size() * PLACE_ENDS.size();
		for (int n = 0; institutions.size() < count; n++) {
			String place = PLACE_STARTS.get(n % PLACE_STARTS.size())
					+ PLACE_ENDS.get((n / PLACE_STARTS.size()) % PLACE_ENDS.size());
			int round = n / places;
			String kind = kinds.get((n + round) % kinds.size());
			String name = String.format(kind, place)
					+ ((round >= kinds.size()) ? " " + (round / kinds.size() + 1) : "");
			String type = kind.contains("Medical") ? "healthcare"
					: kind.contains("Research") ? "facility" : "education";
			String domain = place.toLowerCase(Locale.ROOT) + "-" + n + ".example.edu";
			institutions.add(new Institution(name, COUNTRIES.get(n % COUNTRIES.size()), type, domain));
		}
		return institutions;
	}

	static final List<Institution> ALL = List.of(
			new Institution("University of Northbridge", "GB", "education", "northbridge.ac.uk"),
			new Institution("Kestrel Bay University", "US", "education", "kestrelbay.edu"),
			new Institution("Aldermoor Institute of Technology", "DE", "education", "aldermoor-tech.de"),
			new Institution("Université de Valcourt", "FR", "education", "univ-valcourt.fr"),
			new Institution("Varenholm University", "SE", "education", "varenholm.se"),
			new Institution("Universidad de Santa Lucía del Mar", "ES", "education", "uslm.es"),
			new Institution("Tennant Falls State University", "US", "education", "tfsu.edu"),
			new Institution("Mirovka National University", "PL", "education", "mirovka.edu.pl"),
			new Institution("Hoshimura University", "JP", "education", "hoshimura-u.ac.jp"),
			new Institution("Xinhe University of Science and Technology", "CN", "education", "xust.edu.cn"),
			new Institution("Indian Institute of Science, Rajgarh", "IN", "education", "iisr.ac.in"),
			new Institution("University of Port Elspeth", "ZA", "education", "portelspeth.ac.za"),
			new Institution("Universidade Federal de Serra Azul", "BR", "education", "ufsa.edu.br"),
			new Institution("Lakehaven College", "CA", "education", "lakehaven.ca"),
			new Institution("Coorabin University", "AU", "education", "coorabin.edu.au"),
			new Institution("Università di Montecorvo", "IT", "education", "unimontecorvo.it"),
			new Institution("Technische Hochschule Ebersfeld", "DE", "education", "th-ebersfeld.de"),
			new Institution("Hallström Polytechnic", "FI", "education", "hallstrom.fi"),
			new Institution("Dunmore University", "IE", "education", "dunmore.ie"),
			new Institution("Riverside Institute of Health Sciences", "US", "education", "rihs.edu"),
			new Institution("Seongbuk National University", "KR", "education", "sbnu.ac.kr"),
			new Institution("Universiteit van Oosterdam", "NL", "education", "oosterdam.nl"),
			new Institution("Pembrook School of Economics", "GB", "education", "pembrook.ac.uk"),
			new Institution("Université Laurentine", "CA", "education", "laurentine.ca"),
			new Institution("Kaveri Institute of Technology", "IN", "education", "kaveri-tech.ac.in"),
			new Institution("University of Tarrant Hills", "NZ", "education", "tarranthills.ac.nz"),
			new Institution("Escuela Politécnica de Altamira", "MX", "education", "epa.edu.mx"),
			new Institution("Nakuru Highlands University", "KE", "education", "nhu.ac.ke"),
			new Institution("Stellmark Institute for Advanced Study", "CH", "education", "stellmark.ch"),
			new Institution("Vesterby University Hospital", "DK", "healthcare", "vesterby-hospital.dk"),
			new Institution("St. Aidan's Children's Hospital", "GB", "healthcare", "staidans.nhs.uk"),
			new Institution("Meridian Cancer Centre", "CA", "healthcare", "meridiancancer.ca"),
			new Institution("Halvorsen Laboratory for Particle Physics", "NO", "facility", "halvorsen-lab.no"),
			new Institution("Cordillera Astronomical Observatory", "CL", "facility", "cordillera-obs.cl"),
			new Institution("National Centre for Coastal Research", "PT", "government", "nccr.gov.pt"),
			new Institution("Federal Institute for Materials Testing", "AT", "government", "fimt.gv.at"),
			new Institution("Bureau of Agricultural Sciences", "US", "government", "bas.gov"),
			new Institution("Lumenfield Research", "US", "company", "lumenfield.com"),
			new Institution("Quantix Systems", "GB", "company", "quantix-systems.co.uk"),
			new Institution("Arcadia Biologics", "CH", "company", "arcadiabio.ch"),
			new Institution("Open Oceans Foundation", "NL", "nonprofit", "openoceans.org"),
			new Institution("Institute for Fair Cities", "DE", "nonprofit", "fair-cities.org"),
			new Institution("Centre for Evidence in Education", "AU", "nonprofit", "cee.org.au"),
			new Institution("Pacific Rim Climate Consortium", "JP", "nonprofit", "prcc.org"),
			new Institution("Archive of Early Modern Letters", "IT", "archive", "aeml.it"));

}
