/** The vacation rules behind the page's answers, imported just after the page: painting its form does not need them. */
export {
	checkSummerVacation,
	constructionRttDays,
	europeanVacationBlueCollar,
	europeanVacationWhiteCollar,
	paidVacationBlueCollar,
	paidVacationWhiteCollar,
	unpaidSchoolVacationDays
} from '$lib/rules';
