package org.peerscope.demo;

import java.util.List;

/**
 * Given names and family names by naming tradition, so that invented researchers get
 * names that belong together.
 */
final class DemoNames {

	private DemoNames() {
	}

	/**
	 * @param familyNameFirst whether names are customarily written family name first
	 */
	record Tradition(List<String> givenNames, List<String> familyNames, boolean familyNameFirst) {

	}

	static final List<Tradition> ALL = List.of(new Tradition(
			List.of("James", "Emily", "Oliver", "Hannah", "Thomas", "Grace", "Daniel", "Charlotte", "Samuel", "Rebecca",
					"Matthew", "Laura", "Nathan", "Alice", "Patrick", "Megan", "Owen", "Ruth", "Simon", "Claire"),
			List.of("Whitfield", "Hargreaves", "Okafor", "Bennett", "Caldwell", "Doyle", "Fairbanks", "Goodwin",
					"Holloway", "Kingsley", "Lambert", "Mercer", "Pritchard", "Rowe", "Sutton", "Thornton", "Walsh",
					"Ashby", "Brennan", "Carver"),
			false),
			new Tradition(
					List.of("Lukas", "Anna", "Jonas", "Lea", "Felix", "Marie", "Tobias", "Sophie", "Matthias",
							"Katharina", "Jan", "Johanna", "Florian", "Miriam", "Søren", "Ingrid", "Mikael", "Astrid",
							"Balázs", "Zsófia"),
					List.of("Brandt", "Köhler", "Lindqvist", "Vogel", "Hartmann", "Zimmermann", "Engström", "Sørensen",
							"Nyberg", "Kovács", "Szabó", "Wójcik", "Nowak", "Dvořák", "Horváth", "Bauer", "Richter",
							"Falk", "Holm", "Janssen"),
					false),
			new Tradition(
					List.of("José", "María", "Javier", "Lucía", "Andrés", "Camila", "Mateo", "Valentina", "Diego",
							"Isabel", "Rafael", "Ana", "Tiago", "Beatriz", "João", "Mariana", "Luca", "Giulia",
							"Matteo", "Chiara"),
					List.of("García-López", "Fernández", "Martínez", "Ortega", "Navarro", "Ramírez", "Castillo",
							"Silva", "Oliveira", "Costa", "Pereira", "Rossi", "Bianchi", "Esposito", "Romano",
							"Ferrari", "Moreno", "Herrera", "Domínguez", "Santos"),
					false),
			new Tradition(
					List.of("Wei", "Jing", "Hao", "Xiaoling", "Dechen", "Yufei", "Lei", "Mei", "Zhiwei", "Ying",
							"Haruto", "Yui", "Sota", "Aoi", "Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Kenji", "Naoko"),
					List.of("Zhang", "Wang", "Li", "Chen", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Tanaka",
							"Suzuki", "Takahashi", "Watanabe", "Kim", "Park", "Choi", "Jung", "Nakamura", "Sun"),
					true),
			new Tradition(List.of("Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Meera", "Siddharth",
					"Nisha", "Farhan", "Aisha", "Omar", "Layla", "Karim", "Yasmin", "Tariq", "Noor", "Imran", "Zainab"),
					List.of("Sharma", "Iyer", "Reddy", "Patel", "Nair", "Banerjee", "Kulkarni", "Menon", "Chatterjee",
							"Rao", "Haddad", "Khalil", "Rahman", "Siddiqui", "Hassan", "Qureshi", "Mansour", "Aziz",
							"Farouk", "Chaudhry"),
					false),
			new Tradition(
					List.of("Chidi", "Amara", "Kwame", "Ama", "Tendai", "Nokuthula", "Kofi", "Adaeze", "Sipho",
							"Wanjiru", "Tunde", "Folake", "Jabari", "Zawadi", "Emeka", "Ngozi", "Thabo", "Lerato",
							"Kamau", "Achieng"),
					List.of("Okonkwo", "Mensah", "Mwangi", "Ndlovu", "Adeyemi", "Boateng", "Otieno", "Dlamini", "Nwosu",
							"Asante", "Kariuki", "Mokoena", "Eze", "Owusu", "Njoroge", "Abiodun", "Chukwu", "Baptiste",
							"Mutua", "Diallo"),
					false));

	/** Names for authors outside the catalogue, who appear only as printed names. */
	static final List<String> EXTERNAL_AUTHORS = List.of("R. Castellanos", "M. Lindgren", "H. Oyelaran",
			"P. K. Venkataraman", "S. Moreau", "T. Nakagawa", "E. Van der Berg", "L. O'Connell", "A. Petrov",
			"F. Albrecht", "C. D. Mwale", "N. Ishikawa", "G. Ferreira", "J. Kowalczyk", "D. Abernathy", "Y. Cohen",
			"B. Larsen", "K. Achterberg", "V. Dimitriou", "W. Huang");

}
