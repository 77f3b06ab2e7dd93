package io.bella.extraction;

/**
 * Maps what a caller calls their visit to an appointment-type word: cleaning, checkup or
 * emergency (pain, a broken tooth), and a few named treatments.
 */
final class ServiceReader {

	private static final String[][] SERVICES = {
			{ "emergency", " emergency ", " toothache ", " tooth ache ", " pain ", " painful ", " hurts ", " hurting ",
					" broken tooth ", " broke a tooth ", " broke my tooth ", " chipped ", " cracked ", " broken ",
					" abscess ", " swollen ", " swelling ", " knocked out ", " bleeding ", " aching ", " killing me ",
					" lost a filling ", " filling fell out ", " crown fell off " },
			{ "cleaning", " cleaning ", " cleanings ", " clean ", " cleaned ", " hygiene ", " hygienist ", " scaling ",
					" polish " },
			{ "checkup", " checkup ", " check up ", " check-up ", " exam ", " examination ", " recall ",
					" routine visit ", " regular visit ", " annual visit ", " look at my teeth ", " checked " },
			{ "filling", " filling ", " fillings ", " cavity ", " cavities " },
			{ "consultation", " consultation ", " consult " }, { "whitening", " whitening " },
			{ "root canal", " root canal " }, { "crown", " crown " } };

	private ServiceReader() {
	}

	static String read(String padded) {
		for (String[] service : SERVICES) {
			for (int k = 1; k < service.length; k++) {
				if (padded.contains(service[k])) {
					return service[0];
				}
			}
		}
		return null;
	}

}
