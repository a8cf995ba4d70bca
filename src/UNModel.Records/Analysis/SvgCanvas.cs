using System;
using System.Globalization;
using System.Text;
using System.Xml;

namespace UNModel.Analysis;

/// <summary>A minimal SVG writer over <see cref="XmlWriter"/>, so that every text is escaped and the output is well-formed.</summary>
internal sealed class SvgCanvas : IDisposable
{
    private readonly StringBuilder text = new();
    private readonly XmlWriter xml;

    public SvgCanvas(double width, double height, string title)
    {
        xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 });
        xml.WriteStartDocument();
        xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
        Attr("width", width);
        Attr("height", height);
        xml.WriteAttributeString("viewBox", "0 0 " + F(width) + " " + F(height));
        xml.WriteAttributeString("font-family", "DejaVu Sans, Arial, Helvetica, sans-serif");
        xml.WriteAttributeString("role", "img");
        xml.WriteElementString("title", title);
        Rect(0, 0, width, height, "#ffffff", null);
    }

    public static string F(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public void Rect(double x, double y, double w, double h, string fill, string? stroke)
    {
        xml.WriteStartElement("rect");
        Attr("x", x);
        Attr("y", y);
        Attr("width", w);
        Attr("height", h);
        xml.WriteAttributeString("fill", fill);
        if (stroke is not null)
        {
            xml.WriteAttributeString("stroke", stroke);
        }

        xml.WriteEndElement();
    }

    public void Circle(double cx, double cy, double r, string fill, string? stroke, double strokeWidth, string? tooltip, string? cssClass = null)
    {
        xml.WriteStartElement("circle");
        Attr("cx", cx);
        Attr("cy", cy);
        Attr("r", r);
        xml.WriteAttributeString("fill", fill);
        if (stroke is not null)
        {
            xml.WriteAttributeString("stroke", stroke);
            Attr("stroke-width", strokeWidth);
        }

        if (cssClass is not null)
        {
            xml.WriteAttributeString("class", cssClass);
        }

        if (tooltip is not null)
        {
            xml.WriteElementString("title", tooltip);
        }

        xml.WriteEndElement();
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width, string? dash = null)
    {
        xml.WriteStartElement("line");
        Attr("x1", x1);
        Attr("y1", y1);
        Attr("x2", x2);
        Attr("y2", y2);
        xml.WriteAttributeString("stroke", stroke);
        Attr("stroke-width", width);
        if (dash is not null)
        {
            xml.WriteAttributeString("stroke-dasharray", dash);
        }

        xml.WriteEndElement();
    }

    public void Polyline(string points, string stroke, double width)
    {
        xml.WriteStartElement("polyline");
        xml.WriteAttributeString("points", points);
        xml.WriteAttributeString("fill", "none");
        xml.WriteAttributeString("stroke", stroke);
        Attr("stroke-width", width);
        xml.WriteAttributeString("stroke-linejoin", "round");
        xml.WriteEndElement();
    }

    public void Text(double x, double y, string content, double size, string anchor = "start", string fill = "#222222", string weight = "normal", string? cssClass = null)
    {
        xml.WriteStartElement("text");
        Attr("x", x);
        Attr("y", y);
        Attr("font-size", size);
        xml.WriteAttributeString("text-anchor", anchor);
        xml.WriteAttributeString("fill", fill);
        if (weight != "normal")
        {
            xml.WriteAttributeString("font-weight", weight);
        }

        if (cssClass is not null)
        {
            xml.WriteAttributeString("class", cssClass);
        }

        xml.WriteString(content);
        xml.WriteEndElement();
    }

    public void StartGroup(string id)
    {
        xml.WriteStartElement("g");
        xml.WriteAttributeString("id", id);
    }

    public void EndGroup() => xml.WriteEndElement();

    public string Finish()
    {
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    public void Dispose() => xml.Dispose();

    private void Attr(string name, double value) => xml.WriteAttributeString(name, F(value));
}
