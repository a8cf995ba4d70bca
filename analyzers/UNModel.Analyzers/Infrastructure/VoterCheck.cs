using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>What the runtime would say first about one ballot's voter, in the runtime's order of checks (<c>Vote.CheckVoter</c>).</summary>
    internal enum VoterStatus
    {
        /// <summary>Not knowable (unknown state, date or body, or a code outside the catalogue).</summary>
        Unknown,

        /// <summary>May vote there.</summary>
        Valid,

        /// <summary><c>Veto(...)</c> by a state that never held a permanent seat: the ballot itself cannot be built (UNM0001).</summary>
        VetoByNeverPermanent,

        /// <summary>A non-member observer State (UNM0008).</summary>
        Observer,

        /// <summary>A Member, but not on that date (UNM0008).</summary>
        NotMemberOnDate,

        /// <summary>A Member, but not of that body on that date (UNM0002).</summary>
        NotOnBody,
    }

    /// <summary>The runtime's voter checks on knowable values, shared by the rules so each reports only what the runtime would report first.</summary>
    internal static class VoterCheck
    {
        public static VoterStatus StatusOf(BallotModel ballot, VoteModel vote)
        {
            int packed = ballot.Packed;
            if (packed == 0)
            {
                return VoterStatus.Unknown;
            }

            if (ballot.IsVeto && !CharterFacts.WasEverPermanentMember(packed))
            {
                return VoterStatus.VetoByNeverPermanent;
            }

            StateRecord? record = CharterFacts.Data.Find(packed);
            if (record is null)
            {
                return VoterStatus.Unknown;
            }

            if (record.IsObserver)
            {
                return VoterStatus.Observer;
            }

            if (vote.Date is not int day)
            {
                return VoterStatus.Unknown;
            }

            if (!record.HoldsSeatOn(day))
            {
                return VoterStatus.NotMemberOnDate;
            }

            if (vote.Body is not BodyKind body)
            {
                return VoterStatus.Unknown;
            }

            return CharterFacts.MaySit(body, packed, day) ? VoterStatus.Valid : VoterStatus.NotOnBody;
        }

        /// <summary>The state's name as the catalogue gives it, or its code.</summary>
        public static string NameOf(int packed) => CharterFacts.Data.Find(packed)?.Name ?? CountryCodePacking.Unpack(packed);

        /// <summary>"Slovenia (SVN)".</summary>
        public static string Describe(int packed) => NameOf(packed) + " (" + CountryCodePacking.Unpack(packed) + ")";

        /// <summary>The body's name, e.g. "Security Council".</summary>
        public static string BodyName(BodyKind body)
        {
            switch (body)
            {
                case BodyKind.GeneralAssembly: return "General Assembly";
                case BodyKind.SecurityCouncil: return "Security Council";
                case BodyKind.EconomicAndSocialCouncil: return "Economic and Social Council";
                case BodyKind.HumanRightsCouncil: return "Human Rights Council";
                default: return "body";
            }
        }
    }
}
