/** The contract page's results: who may sign, the trial period, the notice and the guaranteed pay. */
import {
	checkContractDuration,
	contractEligibility,
	operatorEntryConditions,
	guaranteedPay,
	levelOn,
	monthlyRetribution,
	noticePeriod,
	noticeTakesEffect,
	trialPeriodEnd,
	type Explained,
	type ISODate,
	type NoticeMethod,
	completedYears,
	dayWithWeekday,
	writeDate,
	joinExplained
} from '$lib/rules';
import { attempt, type Attempt } from '$lib/ui/attempt.svelte';
import { noticeDate } from '../month-picks';
import { firstDayInCompany, incapacities } from '../picks';
import { scenarioLevels, type Scenario } from '../scenario';

/** Who may sign and until when (with the age at signing), and whether the planned end is allowed. */
export function ageChecks(s: Scenario) {
	const eligibility = attempt(() =>
		contractEligibility({
			birthDate: s.birthDate,
			signingDate: s.signingDate,
			completedTwoSecondaryYears: s.completedTwoSecondaryYears
		})
	);
	return {
		eligibility,
		operator: attempt(() =>
			operatorEntryConditions({
				operator: s.operator,
				birthDate: s.birthDate,
				signingDate: s.signingDate
			})
		),
		ageAtSigning: eligibility.ok ? completedYears(s.birthDate, s.signingDate) : null,
		duration: attempt(() =>
			checkContractDuration({
				contractStart: s.contractStart,
				contractEnd: s.contractEnd,
				birthDate: s.birthDate
			})
		)
	};
}

/** The last day of the trial period, read by the trial and the notice. */
export function trialOf(s: Scenario): Attempt<Explained<ISODate>> {
	const { startsAtCentre, suspensions } = s.trial;
	return attempt(() =>
		trialPeriodEnd({
			contractStart: s.contractStart,
			...(startsAtCentre ? { firstDayInCompany: firstDayInCompany(s) } : {}),
			suspensions
		})
	);
}

/** The methods of notification in the order the page lists them, with their French names. */
const NOTICE_METHOD_LABELS: readonly { method: NoticeMethod; label: string }[] = [
	{ method: 'hand-delivery', label: 'Remise contre accusé de réception' },
	{ method: 'bailiff', label: "Exploit d'huissier" },
	{ method: 'registered-letter', label: 'Lettre recommandée' }
];

/** The notice of the scenario by each method: when it takes effect, how long it runs, its last day. */
export function noticeOf(s: Scenario, trial = trialOf(s)) {
	const trialEnd = trial.ok ? trial.value.value : null;
	const notifiedOn = noticeDate(s);
	const autoDuringTrial = trialEnd === null ? null : notifiedOn <= trialEnd;
	const duringTrial =
		s.notice.duringTrial === 'auto' ? autoDuringTrial : s.notice.duringTrial === 'yes';
	const rows = NOTICE_METHOD_LABELS.map(({ method, label }) => ({
		method,
		label,
		result: attempt(() => {
			const effect = noticeTakesEffect({ notifiedOn, method });
			if (duringTrial === null) return null;
			const period = noticePeriod({ takesEffectOn: effect.value, duringTrial });
			return {
				takesEffectOn: effect.value,
				...period.value,
				explained: joinExplained(effect, period)
			};
		})
	}));
	return { trialEnd, notifiedOn, autoDuringTrial, duringTrial, rows };
}

/** The guaranteed pay of the incapacities, at the amount paid or else the minimum of the level in force when the first one starts. */
export function guaranteedPayOf(s: Scenario) {
	const periods = incapacities(s);
	const firstStart = periods[0]?.start ?? s.contractStart;
	const level = levelOn(scenarioLevels(s), firstStart);
	const minimum = attempt(() => monthlyRetribution(level, firstStart));
	const monthly = s.employerMonthlyAmount ?? (minimum.ok ? minimum.value.value : null);
	const pay =
		monthly === null
			? null
			: attempt(() => guaranteedPay({ periods, monthlyRetribution: monthly }));
	// With the legal minimum, its own computation opens the explanation.
	const explained = pay?.ok
		? s.employerMonthlyAmount === null && minimum.ok
			? joinExplained(minimum.value, pay.value)
			: pay.value
		: null;
	return { periods, firstStart, level, minimum, pay, explained };
}

/** The page's answer: may the contract be signed, is its end allowed, the trial's end and a notice's length. */
export function contractAnswer(s: Scenario): string {
	const { eligibility, duration } = ageChecks(s);
	const trial = trialOf(s);
	if (!eligibility.ok || !duration.ok || !trial.ok)
		return 'Le calcul attend une correction ci-dessous.';
	const signing = `${eligibility.value.value.eligible ? 'Signature possible' : 'Signature impossible'} le ${writeDate(s.signingDate)}`;
	const end = `fin prévue le ${writeDate(s.contractEnd)} ${duration.value.value.valid ? 'permise' : 'non permise'}`;
	const notice = noticeOf(s, trial);
	const handed = notice.rows[0]!.result;
	const example = s.notice.date === null ? " (date d'exemple)" : '';
	const noticeText =
		handed.ok && handed.value
			? ` Un préavis remis le ${dayWithWeekday(notice.notifiedOn)}${example} dure ${handed.value.days} jours, jusqu'au ${dayWithWeekday(handed.value.lastDay)}.`
			: '';
	return `${signing}, ${end}. Essai jusqu'au ${writeDate(trial.value.value)} inclus.${noticeText}`;
}
