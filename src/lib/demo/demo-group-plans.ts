/** How a group activity of the seed runs: its day, rhythm and the make-up of its circle. */
export interface GroupPlan {
	activityId: string;
	/** 0 Sunday … 6 Saturday. */
	weekday: number;
	everyOtherWeek: boolean;
	summerBreak: boolean;
	regulars: number;
	occasional: number;
	regularChance: number;
	occasionalChance: number;
	/** Share of women in the circle (the seed: 3/4 at the soup, 61 of 110 at the Digipunt). */
	womenShare: number;
}

/** Soep met Babbels (~8 a time, 43 people), Naaiatelier (weekly), Digipunt (fortnightly). */
export const groupPlans: readonly GroupPlan[] = [
	{
		activityId: 'act-soep-met-babbels',
		weekday: 2,
		everyOtherWeek: false,
		summerBreak: true,
		regulars: 10,
		occasional: 33,
		regularChance: 0.6,
		occasionalChance: 0.06,
		womenShare: 0.75
	},
	{
		activityId: 'act-naaiatelier',
		weekday: 4,
		everyOtherWeek: false,
		summerBreak: true,
		regulars: 12,
		occasional: 25,
		regularChance: 0.55,
		occasionalChance: 0.05,
		womenShare: 0.85
	},
	{
		activityId: 'act-digipunt',
		weekday: 1,
		everyOtherWeek: true,
		summerBreak: false,
		regulars: 4,
		occasional: 70,
		regularChance: 0.5,
		occasionalChance: 0.06,
		womenShare: 0.55
	}
];
