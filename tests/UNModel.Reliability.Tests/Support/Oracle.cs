namespace UNModel.Reliability.Tests.Support;

/// <summary>
/// The Charter's voting rules written out again, independently of the engine (Arts. 18, 27, 67; GA rules 85, 86, 95,
/// 133; HRC rules as the GA's): the properties compare the engine with this.
/// </summary>
public static class Oracle
{
    /// <summary>The affirmative votes required, given yes and no (abstentions and absentees are not "present and voting").</summary>
    public static int Required(BodyKind body, QuestionKind question, DateOnly date, int yes, int no)
    {
        if (body == BodyKind.SecurityCouncil)
        {
            return date < new DateOnly(1966, 1, 1) ? 7 : 9;
        }

        int presentAndVoting = yes + no;
        if (question == QuestionKind.TwoThirds)
        {
            // The least y with 3y >= 2(y + n), i.e. ceil(2 pv / 3), and at least one vote in favour.
            int y = 1;
            while (3 * y < 2 * presentAndVoting)
            {
                y++;
            }

            return y;
        }

        // More in favour than against: the least y with y > pv - y.
        return (presentAndVoting / 2) + 1;
    }

    public static bool IsAdopted(BodyKind body, QuestionKind question, DateOnly date, int yes, int no, bool permanentNo) =>
        yes >= Required(body, question, date, yes, no)
        && !(body == BodyKind.SecurityCouncil && question == QuestionKind.Substantive && permanentNo);

    public static bool IsVetoed(BodyKind body, QuestionKind question, DateOnly date, int yes, bool permanentNo) =>
        body == BodyKind.SecurityCouncil && question == QuestionKind.Substantive && yes >= (date < new DateOnly(1966, 1, 1) ? 7 : 9) && permanentNo;
}
