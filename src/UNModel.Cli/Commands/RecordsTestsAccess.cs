using System.Runtime.CompilerServices;

// The record commands (import, agreement, power, chart) are tested through Program.Run by UNModel.Records.Tests.
[assembly: InternalsVisibleTo("UNModel.Records.Tests")]
