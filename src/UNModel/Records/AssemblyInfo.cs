using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("UNModel.Records.Tests")]
