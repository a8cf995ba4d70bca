using System;
using System.Collections.Generic;
using UNModel.Core;

namespace UNModel;

/// <summary>
/// A fluent way to write a roll call: <c>VoteBuilder.In(Body.SecurityCouncil, date).Substantive().On(draft)
/// .Yes(...).No(...).Abstain(...).Build()</c>. The builder is mutable; what it builds is an immutable, validated
/// <see cref="Vote"/>.
/// </summary>
public sealed class VoteBuilder
{
    private readonly Body body;
    private readonly DateOnly date;
    private readonly List<Ballot> ballots = [];
    private readonly List<CountryCode> inArrears = [];
    private QuestionKind? question;
    private Proposal? proposal;
    private DeclaredOutcome? declared;

    private VoteBuilder(Body body, DateOnly date)
    {
        this.body = Preconditions.CheckNotNull(body, nameof(body));
        this.date = date;
    }

    /// <summary>Starts a vote of a body on a date.</summary>
    /// <param name="body">The body.</param>
    /// <param name="date">The date.</param>
    /// <returns>The builder.</returns>
    public static VoteBuilder In(Body body, DateOnly date) => new(body, date);

    /// <summary>What is put to the vote.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>This builder.</returns>
    public VoteBuilder On(Proposal proposal)
    {
        this.proposal = Preconditions.CheckNotNull(proposal, nameof(proposal));
        return this;
    }

    /// <summary>The kind of question.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public VoteBuilder Question(QuestionKind kind)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        question = kind;
        return this;
    }

    /// <summary>A substantive Security Council question (Art. 27(3)).</summary>
    /// <returns>This builder.</returns>
    public VoteBuilder Substantive() => Question(QuestionKind.Substantive);

    /// <summary>A procedural Security Council question (Art. 27(2)).</summary>
    /// <returns>This builder.</returns>
    public VoteBuilder Procedural() => Question(QuestionKind.Procedural);

    /// <summary>A question decided by a simple majority of those present and voting (Art. 18(3)).</summary>
    /// <returns>This builder.</returns>
    public VoteBuilder SimpleMajority() => Question(QuestionKind.SimpleMajority);

    /// <summary>An important question: two-thirds of those present and voting (Art. 18(2)).</summary>
    /// <returns>This builder.</returns>
    public VoteBuilder TwoThirds() => Question(QuestionKind.TwoThirds);

    /// <summary>Votes in favour.</summary>
    /// <param name="states">The voters.</param>
    /// <returns>This builder.</returns>
    public VoteBuilder Yes(params State[] states) => Add(states, Ballot.Yes);

    /// <summary>Votes against.</summary>
    /// <param name="states">The voters.</param>
    /// <returns>This builder.</returns>
    public VoteBuilder No(params State[] states) => Add(states, Ballot.No);

    /// <summary>Abstentions.</summary>
    /// <param name="states">The voters.</param>
    /// <returns>This builder.</returns>
    public VoteBuilder Abstain(params State[] states) => Add(states, Ballot.Abstain);

    /// <summary>Members absent or not participating.</summary>
    /// <param name="states">The members.</param>
    /// <returns>This builder.</returns>
    public VoteBuilder Absent(params State[] states) => Add(states, Ballot.Absent);

    /// <summary>A permanent member's "no" meant as a veto (UNM0001 if the state is not one).</summary>
    /// <param name="state">The permanent member.</param>
    /// <returns>This builder.</returns>
    public VoteBuilder Veto(State state)
    {
        ballots.Add(Ballot.Veto(state));
        return this;
    }

    /// <summary>Adds ballots.</summary>
    /// <param name="items">The ballots.</param>
    /// <returns>This builder.</returns>
    public VoteBuilder Ballots(IEnumerable<Ballot> items)
    {
        ballots.AddRange(Preconditions.CheckNotNull(items, nameof(items)));
        return this;
    }

    /// <summary>Members in arrears under Art. 19 without an exemption (General Assembly).</summary>
    /// <param name="states">The members.</param>
    /// <returns>This builder.</returns>
    public VoteBuilder InArrears(params State[] states)
    {
        foreach (State s in Preconditions.CheckNotNull(states, nameof(states)))
        {
            inArrears.Add(Preconditions.CheckNotNull(s, nameof(states)).Code);
        }

        return this;
    }

    /// <summary>The outcome the record claims (checked: UNM0005).</summary>
    /// <param name="outcome">The claim.</param>
    /// <returns>This builder.</returns>
    public VoteBuilder Declared(DeclaredOutcome outcome)
    {
        declared = Preconditions.CheckNotNull(outcome, nameof(outcome));
        return this;
    }

    /// <summary>Builds and validates the vote.</summary>
    /// <returns>The vote.</returns>
    /// <exception cref="MalformedRecordException">UNM0016 when no proposal was given (<see cref="On(Proposal)"/>), as a vote record without one.</exception>
    /// <exception cref="UNModelException">The rule broken.</exception>
    public Vote Build()
    {
        Violations.ThrowIf(VoteRules.CheckProposalGiven(proposal is not null));
        Proposal p = proposal!;
        QuestionKind q = question ?? (body.Kind == BodyKind.SecurityCouncil ? QuestionKind.Substantive : QuestionKind.SimpleMajority);
        return Vote.RollCall(body, date, q, p, ballots, declared, inArrears);
    }

    private VoteBuilder Add(State[] states, Func<State, Ballot> make)
    {
        foreach (State s in Preconditions.CheckNotNull(states, nameof(states)))
        {
            ballots.Add(make(s));
        }

        return this;
    }
}
