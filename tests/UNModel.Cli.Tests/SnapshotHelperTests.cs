using UNModel.Testing;

namespace UNModel.Cli.Tests;

/// <summary>The golden-file helper itself: a difference is shown line by line, verified first.</summary>
public sealed class SnapshotHelperTests
{
    [Fact]
    public void A_changed_line_shows_as_removed_then_added_with_context()
    {
        string diff = Snapshot.Diff("a\nb\nc\nd\ne\nf\ng", "a\nb\nc\nX\ne\nf\ng");
        Assert.Equal("  b\n  c\n- d\n+ X\n  e\n  f\n", diff);
    }

    [Fact]
    public void Identical_texts_have_an_empty_diff() => Assert.Equal(string.Empty, Snapshot.Diff("same\ntext", "same\ntext"));
}
