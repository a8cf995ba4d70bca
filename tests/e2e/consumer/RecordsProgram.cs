using UNModel;
using UNModel.Analysis;

// The research package on top of the model: exact voting power of the Security Council's seats on 24 February 2025.
VotingGame game = VotingGame.Of(Body.SecurityCouncil, new DateOnly(2025, 2, 24));
foreach (ClassPower power in game.Compute())
{
    Console.WriteLine(power.Class.Name + ": " + power.ShapleyShubikNumerator + "/" + power.ShapleyShubikDenominator);
}
